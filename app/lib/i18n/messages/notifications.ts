/** Messages of in-app and email notifications; the en type makes a missing or extra key a compile error. */
const ja = {
  "notifications.title": "通知",
  "notifications.lead": "応募やスカウト、マッチングの進み具合をお知らせします。",
  "notifications.empty": "通知はまだありません。",
  "notifications.unread": "未読",
  "notifications.unreadCount": "未読 {count}件",
  "notifications.markRead": "既読にする",
  "notifications.markReadLabel": "既読にする: {text}",
  "notifications.markAllRead": "すべて既読にする",
  "notifications.older": "以前の通知",
  "notifications.newest": "最新の通知に戻る",
  "notifications.pages": "通知のページ",
  "notifications.settingsLink": "通知設定を変更する",
  "notifications.toast.allRead": "すべての通知を既読にしました",
  "notifications.toast.settingsSaved": "通知設定を保存しました",

  "notifications.bell.label": "通知",
  "notifications.bell.labelUnread": "通知 {count}件未読",

  "notifications.kind.match.applied": "「{challengeTitle}」に{partyName}から応募がありました",
  "notifications.kind.match.casualTalk":
    "「{challengeTitle}」について{partyName}からカジュアル面談の申し込みがありました",
  "notifications.kind.match.scouted": "{partyName}から「{challengeTitle}」のスカウトが届きました",
  "notifications.kind.match.introduced":
    "コーディネーターから「{challengeTitle}」について{partyName}の紹介が届きました",
  "notifications.kind.match.accepted":
    "{partyName}が「{challengeTitle}」のマッチングを承諾しました",
  "notifications.kind.match.stage":
    "「{challengeTitle}」（{partyName}）のステージが「{stage}」になりました",
  "notifications.kind.match.ended": "「{challengeTitle}」（{partyName}）のマッチングが終了しました",
  "notifications.kind.match.ended.DECLINED": "{partyName}が「{challengeTitle}」を見送りました",
  "notifications.kind.match.ended.WITHDRAWN": "{partyName}が「{challengeTitle}」を辞退しました",
  "notifications.kind.match.review":
    "「{challengeTitle}」について{partyName}からのレビューが届きました",
  "notifications.kind.note.mention": "{partyName}がメモであなたに言及しました（{challengeTitle}）",
  "notifications.kind.challenge.returned":
    "コーディネーターの{partyName}が「{challengeTitle}」にコメントを付けて差し戻しました",
  "notifications.party.unknown": "相手方",
  "notifications.challenge.unknown": "課題",

  "notifications.stage.INTERESTED": "興味あり",
  "notifications.stage.TALKING": "面談中",
  "notifications.stage.PROPOSAL": "提案中",
  "notifications.stage.CONTRACTED": "成約",
  "notifications.stage.WORKING": "稼働中",
  "notifications.stage.COMPLETED": "完了",
  "notifications.stage.DECLINED": "見送り",
  "notifications.stage.WITHDRAWN": "辞退",
  "notifications.stage.unknown": "次のステージ",

  "notifications.kindLabel.match.applied": "応募",
  "notifications.kindLabel.match.casualTalk": "カジュアル面談の申し込み",
  "notifications.kindLabel.match.scouted": "スカウト",
  "notifications.kindLabel.match.introduced": "コーディネーターからの紹介",
  "notifications.kindLabel.match.accepted": "承諾",
  "notifications.kindLabel.match.stage": "ステージの変更",
  "notifications.kindLabel.match.ended": "見送り・辞退",
  "notifications.kindLabel.match.review": "レビュー",
  "notifications.kindLabel.note.mention": "メモでの言及",
  "notifications.kindLabel.challenge.returned": "課題の差し戻し",
  "notifications.kindDescription.match.applied": "自社の課題にプロ人材が応募したとき",
  "notifications.kindDescription.match.casualTalk":
    "自社の課題についてプロ人材がカジュアル面談を申し込んだとき",
  "notifications.kindDescription.match.scouted": "企業からスカウトが届いたとき",
  "notifications.kindDescription.match.introduced": "コーディネーターが相手を紹介したとき",
  "notifications.kindDescription.match.accepted": "相手がスカウト・紹介・応募を承諾したとき",
  "notifications.kindDescription.match.stage": "マッチングが面談・提案・成約などへ進んだとき",
  "notifications.kindDescription.match.ended": "相手がマッチングを見送った・辞退したとき",
  "notifications.kindDescription.match.review": "あなたへのレビューが書かれた・公開されたとき",
  "notifications.kindDescription.note.mention": "他のコーディネーターがメモであなたに言及したとき",
  "notifications.kindDescription.challenge.returned":
    "コーディネーターが自社の課題をコメント付きで差し戻したとき",

  "notifications.settings.title": "通知設定",
  "notifications.settings.lead":
    "お知らせの種類ごとに、アプリ内の通知（ベル）とメールを受け取るかどうかを選べます。",
  "notifications.settings.caption": "お知らせの種類と受け取り方",
  "notifications.settings.kind": "お知らせの種類",
  "notifications.settings.inApp": "アプリ内",
  "notifications.settings.email": "メール",
  "notifications.settings.checkbox": "{kind}: {channel}",
  "notifications.settings.submit": "保存する",
  "notifications.errors.kind": "通知の種類が正しくありません",

  "notifications.email.subject": "{message}",
  "notifications.email.heading": "新しいお知らせがあります",
  "notifications.email.body": "{message}",
  "notifications.email.action": "Enishiで確認する",
  "notifications.email.settings":
    "このメールは通知設定に基づいてお送りしています。通知設定を変更する: {settingsUrl}",
} as const;

const en: Record<keyof typeof ja, string> = {
  "notifications.title": "Notifications",
  "notifications.lead": "Applications, scouts and how your matches move along.",
  "notifications.empty": "You have no notifications yet.",
  "notifications.unread": "Unread",
  "notifications.unreadCount": "{count} unread",
  "notifications.markRead": "Mark as read",
  "notifications.markReadLabel": "Mark as read: {text}",
  "notifications.markAllRead": "Mark all as read",
  "notifications.older": "Older notifications",
  "notifications.newest": "Back to the newest",
  "notifications.pages": "Notification pages",
  "notifications.settingsLink": "Change notification settings",
  "notifications.toast.allRead": "All notifications marked as read",
  "notifications.toast.settingsSaved": "Notification settings saved",

  "notifications.bell.label": "Notifications",
  "notifications.bell.labelUnread": "Notifications, {count} unread",

  "notifications.kind.match.applied": "{partyName} applied to “{challengeTitle}”",
  "notifications.kind.match.casualTalk":
    "{partyName} asked for a casual talk about “{challengeTitle}”",
  "notifications.kind.match.scouted": "{partyName} invited you to “{challengeTitle}”",
  "notifications.kind.match.introduced":
    "A coordinator introduced you to {partyName} for “{challengeTitle}”",
  "notifications.kind.match.accepted": "{partyName} accepted the match for “{challengeTitle}”",
  "notifications.kind.match.stage": "“{challengeTitle}” with {partyName} moved to “{stage}”",
  "notifications.kind.match.ended": "The match for “{challengeTitle}” with {partyName} ended",
  "notifications.kind.match.ended.DECLINED": "{partyName} declined “{challengeTitle}”",
  "notifications.kind.match.ended.WITHDRAWN": "{partyName} withdrew from “{challengeTitle}”",
  "notifications.kind.match.review": "{partyName} wrote a review for “{challengeTitle}”",
  "notifications.kind.note.mention": "{partyName} mentioned you in a note ({challengeTitle})",
  "notifications.kind.challenge.returned":
    "Coordinator {partyName} sent “{challengeTitle}” back with comments",
  "notifications.party.unknown": "the other party",
  "notifications.challenge.unknown": "a challenge",

  "notifications.stage.INTERESTED": "Interested",
  "notifications.stage.TALKING": "Talking",
  "notifications.stage.PROPOSAL": "Proposal",
  "notifications.stage.CONTRACTED": "Contracted",
  "notifications.stage.WORKING": "Working",
  "notifications.stage.COMPLETED": "Completed",
  "notifications.stage.DECLINED": "Declined",
  "notifications.stage.WITHDRAWN": "Withdrawn",
  "notifications.stage.unknown": "the next stage",

  "notifications.kindLabel.match.applied": "Applications",
  "notifications.kindLabel.match.casualTalk": "Casual talk requests",
  "notifications.kindLabel.match.scouted": "Scouts",
  "notifications.kindLabel.match.introduced": "Introductions",
  "notifications.kindLabel.match.accepted": "Acceptances",
  "notifications.kindLabel.match.stage": "Stage changes",
  "notifications.kindLabel.match.ended": "Declined or withdrawn",
  "notifications.kindLabel.match.review": "Reviews",
  "notifications.kindLabel.note.mention": "Mentions in notes",
  "notifications.kindLabel.challenge.returned": "Challenges sent back",
  "notifications.kindDescription.match.applied":
    "A professional applies to one of your company's challenges",
  "notifications.kindDescription.match.casualTalk":
    "A professional asks for a casual talk about one of your company's challenges",
  "notifications.kindDescription.match.scouted": "A company invites you to a challenge",
  "notifications.kindDescription.match.introduced": "A coordinator introduces you to someone",
  "notifications.kindDescription.match.accepted":
    "The other side accepts a scout, an introduction or an application",
  "notifications.kindDescription.match.stage":
    "A match moves on: talks, a proposal, a contract and so on",
  "notifications.kindDescription.match.ended": "The other side declines or withdraws",
  "notifications.kindDescription.match.review": "A review about you is written or becomes visible",
  "notifications.kindDescription.note.mention": "Another coordinator mentions you in a note",
  "notifications.kindDescription.challenge.returned":
    "A coordinator sends one of your company's challenges back with comments",

  "notifications.settings.title": "Notifications",
  "notifications.settings.lead":
    "Choose, for each kind of news, whether it shows under the bell and whether we email you.",
  "notifications.settings.caption": "Kinds of notification and how you receive them",
  "notifications.settings.kind": "Notification",
  "notifications.settings.inApp": "In the app",
  "notifications.settings.email": "Email",
  "notifications.settings.checkbox": "{kind}: {channel}",
  "notifications.settings.submit": "Save",
  "notifications.errors.kind": "Unknown kind of notification",

  "notifications.email.subject": "{message}",
  "notifications.email.heading": "You have a new notification",
  "notifications.email.body": "{message}",
  "notifications.email.action": "Open in Enishi",
  "notifications.email.settings":
    "You receive this email because of your notification settings. Change notification settings: {settingsUrl}",
} as const;

export const notificationsMessages = { ja, en };
