/** Messages of the discovery feature; the en type makes a missing or extra key a compile error. */
const ja = {
  "discovery.challenges.title": "経営課題をさがす",
  "discovery.challenges.lead":
    "地域の企業が公開している経営課題です。キーワードと条件で絞り込めます。",
  "discovery.challenges.empty":
    "条件に合う課題は見つかりませんでした。キーワードや条件を減らしてみてください。",

  "discovery.pros.lead":
    "公開・企業向け・匿名のプロフィールを検索できます。匿名の方はお名前の代わりに概要を表示します。",
  "discovery.pros.empty":
    "条件に合うプロ人材は見つかりませんでした。キーワードや条件を減らしてみてください。",
  "discovery.pros.anonymous": "匿名",
  "discovery.pros.skills": "スキル",
  "discovery.pros.regions": "関心のある地域",
  "discovery.pros.hours": "週{hours}時間まで",
  "discovery.pros.availableFrom": "{date}から稼働可",
  "discovery.pros.skillYears": "{skill}（{years}年）",

  "discovery.search.label": "キーワード",
  "discovery.search.hint":
    "例: DX、販路開拓、セールス、Python（スペース区切りで全てを含むものを探します）",
  "discovery.search.submit": "検索",
  "discovery.search.form": "検索条件",
  "discovery.search.suggestions": "キーワードの候補",
  "discovery.search.suggestionsFound": "候補が{count}件あります。上下キーで選べます。",
  "discovery.search.noSuggestions": "候補はありません",
  "discovery.suggest.skill": "スキル",
  "discovery.suggest.challenge": "課題",

  "discovery.filters.title": "絞り込み",
  "discovery.filters.apply": "この条件で絞り込む",
  "discovery.filters.region": "地方",
  "discovery.filters.pref": "都道府県",
  "discovery.filters.prefInterest": "都道府県（関心・ゆかり）",
  "discovery.filters.category": "カテゴリ",
  "discovery.filters.engagement": "関わり方",
  "discovery.filters.style": "働き方",
  "discovery.filters.pay": "報酬（月額換算）",
  "discovery.filters.payAny": "指定しない",
  "discovery.filters.payAtLeast": "月{amount}円以上",
  "discovery.filters.remote": "リモート可のみ（リモート・ハイブリッド）",
  "discovery.filters.other": "その他の条件",
  "discovery.filters.tie": "選んだ地域にゆかり（出身地など）がある人のみ",
  "discovery.filters.hours": "週の稼働時間",
  "discovery.filters.hoursAny": "指定しない",
  "discovery.filters.hoursAtLeast": "週{hours}時間以上",
  "discovery.filters.count": "{count}件",
  "discovery.filters.noOptions": "該当する項目はありません",

  "discovery.sort.label": "並び順",
  "discovery.sort.relevance": "関連度順",
  "discovery.sort.default.challenges": "標準（新着順）",
  "discovery.sort.default.professionals": "標準（更新が新しい順）",
  "discovery.sort.newest": "新着順",
  "discovery.sort.deadline": "締切が近い順",
  "discovery.sort.updated": "更新が新しい順",
  "discovery.sort.available": "稼働開始が早い順",

  "discovery.results.count": "{count}件",
  "discovery.results.countFor": "「{q}」の検索結果 {count}件",
  "discovery.results.loading": "検索中…",

  "discovery.chips.label": "適用中の条件",
  "discovery.chips.remove": "{label}の条件を外す",
  "discovery.chips.clearAll": "すべての条件を外す",
  "discovery.chips.q": "キーワード: {q}",
  "discovery.chips.remote": "リモート可",
  "discovery.chips.tie": "ゆかりあり",

  "discovery.errors.summary": "正しくない条件があったため、その条件を外して検索しました。",
  "discovery.errors.invalid": "値が正しくありません",

  "discovery.pagination.label": "ページ",
  "discovery.pagination.previous": "前のページ",
  "discovery.pagination.next": "次のページ",
  "discovery.pagination.page": "{page}ページ目へ",
  "discovery.pagination.pageOf": "{page} / {pages}ページ",

  "discovery.api.badRequest": "検索条件が正しくありません",
  "discovery.api.badRequestDetail": "正しくないパラメータがあります: {names}",
  "discovery.api.unauthorized": "ログインが必要です",
  "discovery.api.unauthorizedDetail": "セッションのCookieを付けてリクエストしてください。",
  "discovery.api.forbidden": "この検索は利用できません",
  "discovery.api.forbiddenDetail":
    "プロ人材の検索は、企業担当者・コーディネーター・管理者のみ利用できます。",
  "discovery.api.rateLimited": "リクエストが多すぎます",
  "discovery.api.rateLimitedDetail": "{seconds}秒後にもう一度お試しください。",
  "discovery.api.unknownIndex": "index は challenges か professionals を指定してください",
  "discovery.api.prefixTooLong": "候補を探す文字列は100文字以内にしてください",
  "discovery.api.limit": "limit は1〜20の整数で指定してください",
} as const;

const en: Record<keyof typeof ja, string> = {
  "discovery.challenges.title": "Find business challenges",
  "discovery.challenges.lead":
    "Challenges that regional companies have published. Narrow them down by keywords and filters.",
  "discovery.challenges.empty": "No challenge matches. Try fewer keywords or filters.",

  "discovery.pros.lead":
    "Search public, signed-in-only and anonymous profiles. Anonymous people are shown by a summary instead of a name.",
  "discovery.pros.empty": "No professional matches. Try fewer keywords or filters.",
  "discovery.pros.anonymous": "Anonymous",
  "discovery.pros.skills": "Skills",
  "discovery.pros.regions": "Regions of interest",
  "discovery.pros.hours": "Up to {hours} h a week",
  "discovery.pros.availableFrom": "Available from {date}",
  "discovery.pros.skillYears": "{skill} ({years} yrs)",

  "discovery.search.label": "Keywords",
  "discovery.search.hint":
    "For example: DX, sales channels, Salesforce, Python (separate words with spaces to require all of them)",
  "discovery.search.submit": "Search",
  "discovery.search.form": "Search",
  "discovery.search.suggestions": "Keyword suggestions",
  "discovery.search.suggestionsFound": "{count} suggestions. Use the up and down keys to choose.",
  "discovery.search.noSuggestions": "No suggestions",
  "discovery.suggest.skill": "Skill",
  "discovery.suggest.challenge": "Challenge",

  "discovery.filters.title": "Filters",
  "discovery.filters.apply": "Apply filters",
  "discovery.filters.region": "Region",
  "discovery.filters.pref": "Prefecture",
  "discovery.filters.prefInterest": "Prefecture (interest or tie)",
  "discovery.filters.category": "Category",
  "discovery.filters.engagement": "Engagement",
  "discovery.filters.style": "Work style",
  "discovery.filters.pay": "Pay (monthly equivalent)",
  "discovery.filters.payAny": "Any",
  "discovery.filters.payAtLeast": "¥{amount} a month or more",
  "discovery.filters.remote": "Remote possible (remote or hybrid) only",
  "discovery.filters.other": "More filters",
  "discovery.filters.tie": "Only people with a hometown tie to the chosen places",
  "discovery.filters.hours": "Hours a week",
  "discovery.filters.hoursAny": "Any",
  "discovery.filters.hoursAtLeast": "{hours} h a week or more",
  "discovery.filters.count": "{count}",
  "discovery.filters.noOptions": "Nothing to choose",

  "discovery.sort.label": "Sort by",
  "discovery.sort.relevance": "Relevance",
  "discovery.sort.default.challenges": "Default (newest first)",
  "discovery.sort.default.professionals": "Default (recently updated first)",
  "discovery.sort.newest": "Newest",
  "discovery.sort.deadline": "Deadline soonest",
  "discovery.sort.updated": "Recently updated",
  "discovery.sort.available": "Available soonest",

  "discovery.results.count": "{count} results",
  "discovery.results.countFor": "{count} results for “{q}”",
  "discovery.results.loading": "Searching…",

  "discovery.chips.label": "Active filters",
  "discovery.chips.remove": "Remove filter {label}",
  "discovery.chips.clearAll": "Clear all filters",
  "discovery.chips.q": "Keywords: {q}",
  "discovery.chips.remote": "Remote possible",
  "discovery.chips.tie": "Hometown tie",

  "discovery.errors.summary": "Some filters were not valid; the search ran without them.",
  "discovery.errors.invalid": "Invalid value",

  "discovery.pagination.label": "Pages",
  "discovery.pagination.previous": "Previous page",
  "discovery.pagination.next": "Next page",
  "discovery.pagination.page": "Go to page {page}",
  "discovery.pagination.pageOf": "Page {page} of {pages}",

  "discovery.api.badRequest": "Invalid search parameters",
  "discovery.api.badRequestDetail": "These parameters are not valid: {names}",
  "discovery.api.unauthorized": "Sign-in required",
  "discovery.api.unauthorizedDetail": "Send the request with your session cookie.",
  "discovery.api.forbidden": "This search is not available to you",
  "discovery.api.forbiddenDetail":
    "Searching professionals is for company members, coordinators and administrators.",
  "discovery.api.rateLimited": "Too many requests",
  "discovery.api.rateLimitedDetail": "Try again in {seconds} seconds.",
  "discovery.api.unknownIndex": "index must be challenges or professionals",
  "discovery.api.prefixTooLong": "Keep the text to complete under 100 characters",
  "discovery.api.limit": "limit must be a whole number from 1 to 20",
};

export const discoveryMessages = { ja, en };
