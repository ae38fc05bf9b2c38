/** Messages of the recommendations feature; the en type makes a missing or extra key a compile error. */
const ja = {
  "recommendations.nav": "おすすめ",
  "recommendations.rank": "{rank}位",
  "recommendations.anonymous": "匿名プロフィール",
  "recommendations.inContact": "すでにやり取りがあります（{stage}）",
  "recommendations.openMatch": "やり取りを見る",
  "recommendations.skillYears": "{skill}（{years}年）",

  "recommendations.candidates.title": "おすすめのプロ人材",
  "recommendations.candidates.lead":
    "「{title}」に合うプロ人材を、スキル・地域とのゆかり・働き方・稼働・報酬・時期から採点し、上位{count}人を表示しています。",
  "recommendations.candidates.listLabel": "おすすめのプロ人材（適合度の高い順）",
  "recommendations.candidates.notOpen":
    "この課題は公開中ではありません（{status}）。公開前の確認用に候補を表示しています。スカウトは公開後にできます。",
  "recommendations.candidates.empty": "この課題に合うプロ人材はまだ見つかりませんでした。",
  "recommendations.candidates.emptyHint":
    "必要なスキルや勤務地の条件を見直すと、候補が見つかりやすくなります。",
  "recommendations.candidates.editChallenge": "課題を編集する",
  "recommendations.candidates.searchPros": "プロ人材を検索する",
  "recommendations.candidates.backToChallenge": "課題に戻る",
  "recommendations.candidates.scout": "スカウトする",
  "recommendations.candidates.scoutLabel": "{name}をスカウトする",
  "recommendations.candidates.introduce": "紹介する",
  "recommendations.candidates.introduceLabel": "{name}を企業に紹介する",
  "recommendations.candidates.profile": "プロフィールを見る",

  "recommendations.recommended.title": "あなたへのおすすめ課題",
  "recommendations.recommended.lead":
    "公開中の課題から、あなたのスキル・関心のある地域やゆかり・働き方・稼働・希望報酬・開始時期に合うものを採点し、上位{count}件を表示しています。",
  "recommendations.recommended.listLabel": "おすすめの課題（適合度の高い順）",
  "recommendations.recommended.empty": "いまおすすめできる公開中の課題はありません。",
  "recommendations.recommended.emptyHint":
    "プロフィールにスキルや関心のある地域を追加すると、合う課題が見つかりやすくなります。",
  "recommendations.recommended.addSkills": "スキルを追加する",
  "recommendations.recommended.addRegions": "地域を追加する",
  "recommendations.recommended.browse": "課題を探す",
  "recommendations.recommended.noProfile":
    "プロフィールを作成すると、あなたに合う課題をおすすめします。",
  "recommendations.recommended.createProfile": "プロフィールを作成する",
  "recommendations.recommended.apply": "応募する",
  "recommendations.recommended.applyLabel": "「{title}」に応募する",
  "recommendations.recommended.casual": "カジュアル面談を申し込む",
  "recommendations.recommended.casualLabel": "「{title}」にカジュアル面談を申し込む",
  "recommendations.recommended.company": "企業",
  "recommendations.recommended.location": "勤務地",
  "recommendations.recommended.workStyle": "働き方",
  "recommendations.recommended.deadline": "応募締切",
} as const;

const en: Record<keyof typeof ja, string> = {
  "recommendations.nav": "For you",
  "recommendations.rank": "No. {rank}",
  "recommendations.anonymous": "Anonymous profile",
  "recommendations.inContact": "Already in contact ({stage})",
  "recommendations.openMatch": "Open the conversation",
  "recommendations.skillYears": "{skill} ({years} yrs)",

  "recommendations.candidates.title": "Recommended professionals",
  "recommendations.candidates.lead":
    "Professionals for “{title}”, scored on skills, ties to the region, work style, hours, pay and timing: the top {count}.",
  "recommendations.candidates.listLabel": "Recommended professionals, best fit first",
  "recommendations.candidates.notOpen":
    "This challenge is not open ({status}). Candidates are shown so you can check it before publishing; scouting opens once it is published.",
  "recommendations.candidates.empty": "No professionals fit this challenge yet.",
  "recommendations.candidates.emptyHint":
    "Reviewing the required skills or the place of work may bring more candidates.",
  "recommendations.candidates.editChallenge": "Edit the challenge",
  "recommendations.candidates.searchPros": "Search professionals",
  "recommendations.candidates.backToChallenge": "Back to the challenge",
  "recommendations.candidates.scout": "Scout",
  "recommendations.candidates.scoutLabel": "Scout {name}",
  "recommendations.candidates.introduce": "Introduce",
  "recommendations.candidates.introduceLabel": "Introduce {name} to the company",
  "recommendations.candidates.profile": "View profile",

  "recommendations.recommended.title": "Challenges for you",
  "recommendations.recommended.lead":
    "Open challenges scored on your skills, the regions you care about and your ties, work style, hours, expected pay and start date: the top {count}.",
  "recommendations.recommended.listLabel": "Recommended challenges, best fit first",
  "recommendations.recommended.empty": "There are no open challenges to recommend right now.",
  "recommendations.recommended.emptyHint":
    "Adding skills and regions you care about to your profile helps us find challenges that fit.",
  "recommendations.recommended.addSkills": "Add skills",
  "recommendations.recommended.addRegions": "Add regions",
  "recommendations.recommended.browse": "Browse challenges",
  "recommendations.recommended.noProfile":
    "Create your profile and we will recommend challenges that fit you.",
  "recommendations.recommended.createProfile": "Create your profile",
  "recommendations.recommended.apply": "Apply",
  "recommendations.recommended.applyLabel": "Apply to “{title}”",
  "recommendations.recommended.casual": "Ask for a casual talk",
  "recommendations.recommended.casualLabel": "Ask for a casual talk about “{title}”",
  "recommendations.recommended.company": "Company",
  "recommendations.recommended.location": "Location",
  "recommendations.recommended.workStyle": "Work style",
  "recommendations.recommended.deadline": "Apply by",
} as const;

export const recommendationsMessages = { ja, en };
