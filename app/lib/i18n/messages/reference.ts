/** Labels of the shared codes (app/modules/reference and the Prisma enums). */
const ja = {
  "reference.prefecture": "都道府県",
  "reference.choose": "選択してください",

  "reference.engagement.SIDE_JOB": "副業・兼業",
  "reference.engagement.CONTRACT": "業務委託",
  "reference.engagement.FULL_TIME_RELOCATION": "正社員・移住",
  "reference.engagement.PRO_BONO": "プロボノ",

  "reference.workStyle.REMOTE": "リモート",
  "reference.workStyle.HYBRID": "ハイブリッド",
  "reference.workStyle.ONSITE": "現地勤務",

  "reference.employees.E1_9": "1〜9人",
  "reference.employees.E10_49": "10〜49人",
  "reference.employees.E50_99": "50〜99人",
  "reference.employees.E100_299": "100〜299人",
  "reference.employees.E300_999": "300〜999人",
  "reference.employees.E1000_PLUS": "1,000人以上",

  "reference.category.SALES_CHANNELS": "販路開拓",
  "reference.category.SALES_MARKETING": "営業・マーケティング",
  "reference.category.PRODUCTIVITY": "生産性向上・業務改善",
  "reference.category.DX_IT": "DX・IT導入",
  "reference.category.NEW_BUSINESS": "新規事業開発",
  "reference.category.OVERSEAS": "海外展開",
  "reference.category.PEOPLE_ORGANISATION": "人材育成・組織づくり",
  "reference.category.FINANCE": "財務・資金調達",
  "reference.category.SUCCESSION": "事業承継",
  "reference.category.BRANDING": "ブランディング",
  "reference.category.OTHER": "その他",

  "reference.compensation.MONTHLY": "月額",
  "reference.compensation.HOURLY": "時給",
  "reference.compensation.NONE": "報酬なし（プロボノ等）",

  "reference.status.DRAFT": "下書き",
  "reference.status.OPEN": "募集中",
  "reference.status.PAUSED": "一時停止",
  "reference.status.CLOSED": "終了",
  "reference.closeReason.FILLED": "人材が決まった",
  "reference.closeReason.CANCELLED": "募集を取りやめた",

  "reference.visibility.PUBLIC": "公開",
  "reference.visibility.SIGNED_IN": "ログインした企業のみ",
  "reference.visibility.ANONYMOUS": "匿名",
  "reference.visibility.HIDDEN": "非公開",

  "reference.level.BASIC": "基礎",
  "reference.level.INTERMEDIATE": "実務経験あり",
  "reference.level.ADVANCED": "上級",
  "reference.level.EXPERT": "エキスパート",

  "reference.tie.BIRTHPLACE": "出身地",
  "reference.tie.PAST_RESIDENCE": "過去に住んでいた",
  "reference.tie.FAMILY": "家族・親族がいる",
  "reference.tie.OTHER": "その他のゆかり",

  "reference.errors.prefecture": "都道府県を選択してください",
  "reference.errors.industry": "業種を選択してください",
  "reference.errors.required": "入力してください",
  "reference.errors.tooLong": "長すぎます",
  "reference.errors.url": "http:// または https:// で始まる URL を入力してください",
  "reference.errors.integer": "整数で入力してください",
  "reference.errors.date": "日付を YYYY-MM-DD の形で入力してください",
  "reference.errors.chooseOne": "一つ以上選択してください",
  "reference.errors.unknownSkills": "登録されていないスキルがあります: {names}",
  "reference.errors.email": "メールアドレスの形式が正しくありません",
} as const;

const en: Record<keyof typeof ja, string> = {
  "reference.prefecture": "Prefecture",
  "reference.choose": "Choose one",

  "reference.engagement.SIDE_JOB": "Side job",
  "reference.engagement.CONTRACT": "Contract",
  "reference.engagement.FULL_TIME_RELOCATION": "Full-time with relocation",
  "reference.engagement.PRO_BONO": "Pro bono",

  "reference.workStyle.REMOTE": "Remote",
  "reference.workStyle.HYBRID": "Hybrid",
  "reference.workStyle.ONSITE": "On site",

  "reference.employees.E1_9": "1–9 people",
  "reference.employees.E10_49": "10–49 people",
  "reference.employees.E50_99": "50–99 people",
  "reference.employees.E100_299": "100–299 people",
  "reference.employees.E300_999": "300–999 people",
  "reference.employees.E1000_PLUS": "1,000 or more",

  "reference.category.SALES_CHANNELS": "New sales channels",
  "reference.category.SALES_MARKETING": "Sales and marketing",
  "reference.category.PRODUCTIVITY": "Productivity and operations",
  "reference.category.DX_IT": "DX and IT",
  "reference.category.NEW_BUSINESS": "New business",
  "reference.category.OVERSEAS": "Overseas expansion",
  "reference.category.PEOPLE_ORGANISATION": "People and organisation",
  "reference.category.FINANCE": "Finance and fundraising",
  "reference.category.SUCCESSION": "Business succession",
  "reference.category.BRANDING": "Branding",
  "reference.category.OTHER": "Other",

  "reference.compensation.MONTHLY": "Monthly",
  "reference.compensation.HOURLY": "Hourly",
  "reference.compensation.NONE": "Unpaid (pro bono)",

  "reference.status.DRAFT": "Draft",
  "reference.status.OPEN": "Open",
  "reference.status.PAUSED": "Paused",
  "reference.status.CLOSED": "Closed",
  "reference.closeReason.FILLED": "Filled",
  "reference.closeReason.CANCELLED": "Cancelled",

  "reference.visibility.PUBLIC": "Public",
  "reference.visibility.SIGNED_IN": "Signed-in companies only",
  "reference.visibility.ANONYMOUS": "Anonymous",
  "reference.visibility.HIDDEN": "Hidden",

  "reference.level.BASIC": "Basic",
  "reference.level.INTERMEDIATE": "Working knowledge",
  "reference.level.ADVANCED": "Advanced",
  "reference.level.EXPERT": "Expert",

  "reference.tie.BIRTHPLACE": "Born there",
  "reference.tie.PAST_RESIDENCE": "Lived there",
  "reference.tie.FAMILY": "Family there",
  "reference.tie.OTHER": "Other tie",

  "reference.errors.prefecture": "Choose a prefecture",
  "reference.errors.industry": "Choose an industry",
  "reference.errors.required": "Required",
  "reference.errors.tooLong": "Too long",
  "reference.errors.url": "Enter a URL starting with http:// or https://",
  "reference.errors.integer": "Enter a whole number",
  "reference.errors.date": "Enter a date as YYYY-MM-DD",
  "reference.errors.chooseOne": "Choose at least one",
  "reference.errors.unknownSkills": "Not in the skills list: {names}",
  "reference.errors.email": "Enter a valid email address",
} as const;

export const referenceMessages = { ja, en };
