import { describe, expect, it } from "vitest";
import { InProcessMessageBus } from "./bus-memory.server";
import type { ThreadSignal } from "./bus";

describe("the in-process bus", () => {
  it("delivers to every listener of the users named, once each, until they unsubscribe", () => {
    const bus = new InProcessMessageBus();
    const heard: string[] = [];
    const stopA1 = bus.subscribe("a", (signal: ThreadSignal) => heard.push(`a1:${signal.eventId}`));
    bus.subscribe("a", (signal) => heard.push(`a2:${signal.eventId}`));
    bus.subscribe("b", (signal) => heard.push(`b:${signal.eventId}`));
    bus.subscribe("c", () => {
      throw new Error("broken listener");
    });
    bus.publish(["a", "a", "c", "b"], { threadId: "t", eventId: 1 });
    stopA1();
    bus.publish(["a"], { threadId: "t", eventId: 2 });
    expect(heard).toEqual(["a1:1", "a2:1", "b:1", "a2:2"]);
    expect(bus.userCount).toBe(3);
  });
});
