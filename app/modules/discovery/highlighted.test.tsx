import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted } from "./highlighted";

describe("Highlighted", () => {
  it("marks the matched segments and renders everything as text", () => {
    const html = renderToStaticMarkup(
      <Highlighted
        text="ignored"
        segments={[
          { text: "<script>alert(1)</script>", match: false },
          { text: "セールス", match: true },
          { text: "体制", match: false },
        ]}
      />,
    );
    expect(html).toBe(
      '<span>&lt;script&gt;alert(1)&lt;/script&gt;</span><mark class="rounded-sm bg-amber-100 px-0.5 text-ink">セールス</mark><span>体制</span>',
    );
  });

  it("shows the plain text when the engine sent no segments", () => {
    expect(renderToStaticMarkup(<Highlighted text="<b>営業</b>" />)).toBe(
      "&lt;b&gt;営業&lt;/b&gt;",
    );
    expect(renderToStaticMarkup(<Highlighted text="営業" segments={[]} />)).toBe("営業");
  });
});
