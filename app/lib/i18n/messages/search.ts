/** Messages of the search feature; the en type makes a missing or extra key a compile error. */
const ja = {
  "search.errors.tooMany": "条件が多すぎます",
  "search.errors.page": "ページ番号が正しくありません",
  "search.errors.queryTooLong": "キーワードは200文字以内で入力してください",
  "search.errors.flag": "値が正しくありません",
  "search.errors.region": "地方の指定が正しくありません",
  "search.errors.prefecture": "都道府県の指定が正しくありません",
  "search.errors.category": "カテゴリの指定が正しくありません",
  "search.errors.engagement": "関わり方の指定が正しくありません",
  "search.errors.workStyle": "働き方の指定が正しくありません",
  "search.errors.pay": "報酬額は0以上の整数（円）で指定してください",
  "search.errors.hours": "稼働時間は0〜80の整数で指定してください",
  "search.errors.sort": "並び順の指定が正しくありません",
} as const;

const en: Record<keyof typeof ja, string> = {
  "search.errors.tooMany": "Too many values",
  "search.errors.page": "Invalid page number",
  "search.errors.queryTooLong": "Keep the keywords under 200 characters",
  "search.errors.flag": "Invalid value",
  "search.errors.region": "Unknown region",
  "search.errors.prefecture": "Unknown prefecture",
  "search.errors.category": "Unknown category",
  "search.errors.engagement": "Unknown engagement type",
  "search.errors.workStyle": "Unknown work style",
  "search.errors.pay": "Pay must be a whole number of yen, 0 or more",
  "search.errors.hours": "Hours must be a whole number from 0 to 80",
  "search.errors.sort": "Unknown sort order",
} as const;

export const searchMessages = { ja, en };
