import { describeSearchEngineContract } from "../contract/contract";
import { EmbeddedSearchEngine } from "./engine";

describeSearchEngineContract(
  "embedded",
  async () => new EmbeddedSearchEngine({ path: ":memory:" }),
  { exactWordsWithoutPrefix: true },
);
