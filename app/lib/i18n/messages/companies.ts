/** Messages of the companies feature; the en type makes a missing or extra key a compile error. */
const ja = {
  "companies.field.name": "会社名",
  "companies.field.prefecture": "都道府県",
  "companies.field.municipality": "市区町村",
  "companies.field.industry": "業種",
  "companies.field.employees": "従業員数",
  "companies.field.foundedYear": "創業年",
  "companies.field.website": "ウェブサイト",
  "companies.field.description": "会社紹介",
  "companies.field.logo": "ロゴ",

  "companies.form.choose": "選択してください",
  "companies.form.optional": "任意",
  "companies.form.municipalityHint": "例: 諏訪市、松本市",
  "companies.form.websiteHint": "任意。https:// から始まるURL",
  "companies.form.descriptionHint": "事業内容や強み、地域とのつながりなど（{max}文字まで）",
  "companies.form.employeesRequired": "従業員数を選択してください",
  "companies.form.foundedYearRange": "1800年から今年までの西暦で入力してください",

  "companies.role.OWNER": "オーナー",
  "companies.role.MEMBER": "メンバー",

  "companies.nav.edit": "会社情報を編集",
  "companies.nav.members": "メンバー",
  "companies.nav.challenges": "経営課題の管理",

  "companies.mine.title": "自社の管理",
  "companies.mine.lead": "所属している会社です。会社情報・メンバー・経営課題を管理できます。",
  "companies.mine.emptyTitle": "まだ会社が登録されていません",
  "companies.mine.emptyBody":
    "会社を登録すると、経営課題を掲載してプロ人材とつながれます。同僚から招待が届いている場合は、メールのリンクから参加してください。",
  "companies.mine.create": "会社を登録する",
  "companies.mine.createAnother": "別の会社を登録する",
  "companies.mine.memberCount": "メンバー {count}人",
  "companies.mine.actionsFor": "{name} の管理",

  "companies.new.title": "会社を登録",
  "companies.new.lead":
    "登録したあなたがこの会社のオーナーになります。あとから同僚を招待できます。",
  "companies.new.submit": "登録する",
  "companies.new.created": "会社を登録しました。",

  "companies.edit.title": "会社情報の編集",
  "companies.edit.back": "{name} のページへ戻る",
  "companies.edit.submit": "保存する",
  "companies.edit.saved": "会社情報を保存しました。",

  "companies.logo.alt": "{name} のロゴ",
  "companies.logo.upload": "ロゴ画像を選ぶ",
  "companies.logo.replace": "新しいロゴ画像を選ぶ",
  "companies.logo.hint": "PNG・JPEG・WebP、1MBまで。",
  "companies.logo.remove": "今のロゴを削除する",

  "companies.image.tooLarge": "画像は1MB以下にしてください。",
  "companies.image.unsupportedType": "PNG・JPEG・WebP形式の画像を選んでください。",
  "companies.image.invalid": "フォームを読み取れませんでした。もう一度お試しください。",

  "companies.page.about": "会社概要",
  "companies.page.founded": "{year}年",
  "companies.page.memberActions": "メンバー用メニュー",
  "companies.page.openChallenges": "募集中の経営課題（{count}件）",
  "companies.page.noChallenges": "現在募集中の経営課題はありません。",
  "companies.page.newestShown": "新しい順に{count}件を表示しています。",

  "companies.directory.title": "企業一覧",
  "companies.directory.lead": "登録されている企業を、地域・業種・名前で探せます。",
  "companies.directory.filters": "企業の絞り込み",
  "companies.directory.search": "会社名",
  "companies.directory.any": "すべて",
  "companies.directory.apply": "絞り込む",
  "companies.directory.count": "{count}社",
  "companies.directory.empty": "条件に合う企業はありません。",
  "companies.directory.location": "所在地",
  "companies.directory.members": "メンバー",
  "companies.directory.openChallenges": "募集中の課題",
  "companies.directory.pagination": "ページ",
  "companies.directory.previous": "前のページ",
  "companies.directory.next": "次のページ",
  "companies.directory.pageOf": "{page} / {pageCount} ページ",

  "companies.members.title": "メンバー",
  "companies.members.lead": "この会社の情報と経営課題を編集できる人たちです。",
  "companies.members.listTitle": "メンバー（{count}人）",
  "companies.members.name": "氏名",
  "companies.members.email": "メールアドレス",
  "companies.members.role": "役割",
  "companies.members.joined": "参加日",
  "companies.members.actions": "操作",
  "companies.members.you": "（あなた）",
  "companies.members.remove": "外す",
  "companies.members.removeNamed": "{name} さんをメンバーから外す",
  "companies.members.removed": "メンバーから外しました。",
  "companies.members.left": "会社から抜けました。",
  "companies.members.notFound": "そのメンバーは見つかりません。",
  "companies.members.ownerOnly": "この操作はオーナーだけができます。",
  "companies.members.lastOwner":
    "最後のオーナーは外せません。先に別のメンバーにオーナーを引き継いでください。",
  "companies.members.useLeave": "自分自身は「会社から抜ける」から抜けてください。",
  "companies.members.alreadyOwner": "すでにオーナーです。",

  "companies.invite.title": "メンバーを招待",
  "companies.invite.lead":
    "招待メールのリンクから参加できます（7日間有効）。同じアドレスに送り直すと、前のリンクは使えなくなります。",
  "companies.invite.email": "招待する人のメールアドレス",
  "companies.invite.submit": "招待を送る",
  "companies.invite.sent": "招待メールを送りました。",
  "companies.invite.alreadyMember": "この人はすでにメンバーです。",
  "companies.invite.tooMany": "招待の送信が多すぎます。しばらくしてからお試しください。",
  "companies.invite.pendingTitle": "返事待ちの招待",
  "companies.invite.none": "返事待ちの招待はありません。",
  "companies.invite.expires": "有効期限 {date}",
  "companies.invite.revoke": "取り消す",
  "companies.invite.revokeNamed": "{email} への招待を取り消す",
  "companies.invite.revoked": "招待を取り消しました。",
  "companies.invite.notFound": "その招待は見つからないか、すでに使われています。",

  "companies.transfer.title": "オーナーを引き継ぐ",
  "companies.transfer.lead":
    "選んだメンバーがオーナーになり、あなたは一般のメンバーになります。メンバーの招待や削除はできなくなります。",
  "companies.transfer.to": "新しいオーナー",
  "companies.transfer.confirm": "オーナーではなくなることを理解しました",
  "companies.transfer.submit": "オーナーを引き継ぐ",
  "companies.transfer.done": "オーナーを引き継ぎました。",
  "companies.transfer.noOneElse": "引き継げるメンバーがいません。先にメンバーを招待してください。",
  "companies.transfer.chooseMember": "新しいオーナーを選んでください",
  "companies.transfer.confirmRequired": "確認のチェックを入れてください",

  "companies.leave.title": "会社から抜ける",
  "companies.leave.submit": "{name} から抜ける",
  "companies.leave.transferFirst":
    "あなたはこの会社の唯一のオーナーです。抜ける前に、別のメンバーにオーナーを引き継いでください。",

  "companies.invitation.title": "会社への招待",
  "companies.invitation.heading": "{company} への招待",
  "companies.invitation.lead": "Enishi でこの会社のメンバーとして招待されています。",
  "companies.invitation.leadFrom": "{inviter} さんから、この会社のメンバーとして招待されています。",
  "companies.invitation.acceptBody":
    "参加すると、{company} の会社情報と経営課題を編集できるようになります。",
  "companies.invitation.acceptSubmit": "参加する",
  "companies.invitation.signupBody":
    "アカウントを作って参加します。メールアドレスは招待が届いたものを使います（確認済みになります）。",
  "companies.invitation.emailFixed": "招待が届いたアドレスです。変更できません。",
  "companies.invitation.signupSubmit": "アカウントを作って参加する",
  "companies.invitation.haveAccount": "別のアカウントでログインして参加する",
  "companies.invitation.joined": "会社のメンバーになりました。",
  "companies.invitation.loginTitle": "ログインして参加してください",
  "companies.invitation.loginBody":
    "{email} のアカウントはすでにあります。ログインすると {company} に参加できます。",
  "companies.invitation.loginAction": "ログインする",
  "companies.invitation.alreadyMemberTitle": "すでにメンバーです",
  "companies.invitation.alreadyMemberBody": "あなたはすでに {company} のメンバーです。",
  "companies.invitation.openCompany": "会社のページを開く",
  "companies.invitation.wrongRoleTitle": "このアカウントでは参加できません",
  "companies.invitation.wrongRole":
    "会社への招待は企業担当者のアカウントで受け取れます。いまのアカウントはプロ人材・運営側のものなので参加できません。ログアウトしてから、招待されたメールアドレスで開き直してください。",
  "companies.invitation.invalidTitle": "招待リンクが正しくありません",
  "companies.invitation.invalidBody":
    "リンクが途中で切れているか、存在しない招待です。メールのリンクをもう一度開くか、招待した人に送り直してもらってください。",
  "companies.invitation.expiredTitle": "招待の有効期限が切れています",
  "companies.invitation.expiredBody":
    "{company} への招待は7日間の有効期限を過ぎました。招待した人に送り直してもらってください。",
  "companies.invitation.usedTitle": "この招待はすでに使われています",
  "companies.invitation.usedBody":
    "{company} への招待リンクは一度だけ使えます。参加済みの場合はログインしてください。",
  "companies.invitation.revokedTitle": "この招待は取り消されました",
  "companies.invitation.revokedBody":
    "{company} への招待は取り消されたか、新しい招待に置き換えられました。最新の招待メールを確認してください。",
  "companies.invitation.unusable": "この招待はもう使えません（期限切れ・使用済み・取り消し）。",
  "companies.invitation.accountExists":
    "このメールアドレスのアカウントはすでにあります。ログインしてから参加してください。",

  "companies.email.invite.subject": "【Enishi】{companyName} への招待",
  "companies.email.invite.heading": "{companyName} へのご招待",
  "companies.email.invite.body":
    "{inviterName} さんから、Enishi の {companyName} のメンバーとして招待されました。下のボタンから参加してください。アカウントがない場合は、その場で作れます。",
  "companies.email.invite.expiry": "このリンクの有効期限は7日間で、一度だけ使えます。",
  "companies.email.invite.action": "招待を確認する",
} as const;

const en: Record<keyof typeof ja, string> = {
  "companies.field.name": "Company name",
  "companies.field.prefecture": "Prefecture",
  "companies.field.municipality": "City / town",
  "companies.field.industry": "Industry",
  "companies.field.employees": "Employees",
  "companies.field.foundedYear": "Founded",
  "companies.field.website": "Website",
  "companies.field.description": "About the company",
  "companies.field.logo": "Logo",

  "companies.form.choose": "Choose…",
  "companies.form.optional": "Optional",
  "companies.form.municipalityHint": "e.g. Suwa, Matsumoto",
  "companies.form.websiteHint": "Optional. A URL starting with https://",
  "companies.form.descriptionHint":
    "What you do, your strengths, your ties to the region (up to {max} characters)",
  "companies.form.employeesRequired": "Choose the number of employees",
  "companies.form.foundedYearRange": "Enter a year between 1800 and this year",

  "companies.role.OWNER": "Owner",
  "companies.role.MEMBER": "Member",

  "companies.nav.edit": "Edit company",
  "companies.nav.members": "Members",
  "companies.nav.challenges": "Manage challenges",

  "companies.mine.title": "My company",
  "companies.mine.lead":
    "The companies you belong to: manage their details, members and challenges.",
  "companies.mine.emptyTitle": "No company yet",
  "companies.mine.emptyBody":
    "Register your company to post its business challenges and meet professionals. If a colleague invited you, join through the link in their email.",
  "companies.mine.create": "Register a company",
  "companies.mine.createAnother": "Register another company",
  "companies.mine.memberCount": "{count} members",
  "companies.mine.actionsFor": "Manage {name}",

  "companies.new.title": "Register a company",
  "companies.new.lead": "You become the company's owner and can invite colleagues afterwards.",
  "companies.new.submit": "Register",
  "companies.new.created": "Your company is registered.",

  "companies.edit.title": "Edit company details",
  "companies.edit.back": "Back to {name}",
  "companies.edit.submit": "Save",
  "companies.edit.saved": "Company details saved.",

  "companies.logo.alt": "{name} logo",
  "companies.logo.upload": "Choose a logo image",
  "companies.logo.replace": "Choose a new logo image",
  "companies.logo.hint": "PNG, JPEG or WebP, up to 1 MB.",
  "companies.logo.remove": "Remove the current logo",

  "companies.image.tooLarge": "The image must be 1 MB or smaller.",
  "companies.image.unsupportedType": "Choose a PNG, JPEG or WebP image.",
  "companies.image.invalid": "The form could not be read. Please try again.",

  "companies.page.about": "About",
  "companies.page.founded": "{year}",
  "companies.page.memberActions": "Member menu",
  "companies.page.openChallenges": "Open challenges ({count})",
  "companies.page.noChallenges": "No open challenges right now.",
  "companies.page.newestShown": "Showing the newest {count}.",

  "companies.directory.title": "Companies",
  "companies.directory.lead": "Find registered companies by region, industry and name.",
  "companies.directory.filters": "Filter companies",
  "companies.directory.search": "Company name",
  "companies.directory.any": "All",
  "companies.directory.apply": "Filter",
  "companies.directory.count": "{count} companies",
  "companies.directory.empty": "No companies match.",
  "companies.directory.location": "Location",
  "companies.directory.members": "Members",
  "companies.directory.openChallenges": "Open challenges",
  "companies.directory.pagination": "Pages",
  "companies.directory.previous": "Previous page",
  "companies.directory.next": "Next page",
  "companies.directory.pageOf": "Page {page} of {pageCount}",

  "companies.members.title": "Members",
  "companies.members.lead": "The people who can edit this company and its challenges.",
  "companies.members.listTitle": "Members ({count})",
  "companies.members.name": "Name",
  "companies.members.email": "Email",
  "companies.members.role": "Role",
  "companies.members.joined": "Joined",
  "companies.members.actions": "Actions",
  "companies.members.you": "(you)",
  "companies.members.remove": "Remove",
  "companies.members.removeNamed": "Remove {name} from the company",
  "companies.members.removed": "Member removed.",
  "companies.members.left": "You left the company.",
  "companies.members.notFound": "That member was not found.",
  "companies.members.ownerOnly": "Only the owner can do this.",
  "companies.members.lastOwner":
    "The last owner cannot be removed. Hand ownership to another member first.",
  "companies.members.useLeave": "To remove yourself, use “Leave the company”.",
  "companies.members.alreadyOwner": "They are already the owner.",

  "companies.invite.title": "Invite a member",
  "companies.invite.lead":
    "They join through the link in the invitation email (valid for 7 days). Inviting the same address again replaces the earlier link.",
  "companies.invite.email": "Their email address",
  "companies.invite.submit": "Send invitation",
  "companies.invite.sent": "Invitation sent.",
  "companies.invite.alreadyMember": "This person is already a member.",
  "companies.invite.tooMany": "Too many invitations sent. Please try again later.",
  "companies.invite.pendingTitle": "Pending invitations",
  "companies.invite.none": "No pending invitations.",
  "companies.invite.expires": "Expires {date}",
  "companies.invite.revoke": "Revoke",
  "companies.invite.revokeNamed": "Revoke the invitation to {email}",
  "companies.invite.revoked": "Invitation revoked.",
  "companies.invite.notFound": "That invitation was not found or has been used.",

  "companies.transfer.title": "Transfer ownership",
  "companies.transfer.lead":
    "The member you choose becomes the owner and you become a regular member: you will no longer be able to invite or remove members.",
  "companies.transfer.to": "New owner",
  "companies.transfer.confirm": "I understand I will no longer be the owner",
  "companies.transfer.submit": "Transfer ownership",
  "companies.transfer.done": "Ownership transferred.",
  "companies.transfer.noOneElse": "There is no one to transfer to yet. Invite a member first.",
  "companies.transfer.chooseMember": "Choose the new owner",
  "companies.transfer.confirmRequired": "Tick the box to confirm",

  "companies.leave.title": "Leave the company",
  "companies.leave.submit": "Leave {name}",
  "companies.leave.transferFirst":
    "You are this company's only owner. Hand ownership to another member before leaving.",

  "companies.invitation.title": "Company invitation",
  "companies.invitation.heading": "Invitation to {company}",
  "companies.invitation.lead": "You have been invited to join this company on Enishi.",
  "companies.invitation.leadFrom": "{inviter} invited you to join this company on Enishi.",
  "companies.invitation.acceptBody":
    "Once you join, you can edit {company}'s details and business challenges.",
  "companies.invitation.acceptSubmit": "Join",
  "companies.invitation.signupBody":
    "Create an account to join. It uses the address the invitation was sent to (confirmed by this link).",
  "companies.invitation.emailFixed":
    "The address the invitation was sent to; it cannot be changed.",
  "companies.invitation.signupSubmit": "Create account and join",
  "companies.invitation.haveAccount": "Log in with another account to join",
  "companies.invitation.joined": "You are now a member of the company.",
  "companies.invitation.loginTitle": "Log in to join",
  "companies.invitation.loginBody":
    "There is already an account for {email}. Log in to join {company}.",
  "companies.invitation.loginAction": "Log in",
  "companies.invitation.alreadyMemberTitle": "Already a member",
  "companies.invitation.alreadyMemberBody": "You are already a member of {company}.",
  "companies.invitation.openCompany": "Open the company page",
  "companies.invitation.wrongRoleTitle": "This account cannot join",
  "companies.invitation.wrongRole":
    "Company invitations are for company accounts, and you are signed in with a professional or staff account. Log out and open the link again with the invited address.",
  "companies.invitation.invalidTitle": "This invitation link is not valid",
  "companies.invitation.invalidBody":
    "The link is incomplete or the invitation does not exist. Open the link from the email again, or ask for a new invitation.",
  "companies.invitation.expiredTitle": "This invitation has expired",
  "companies.invitation.expiredBody":
    "The invitation to {company} was valid for 7 days. Ask the person who invited you to send a new one.",
  "companies.invitation.usedTitle": "This invitation has already been used",
  "companies.invitation.usedBody":
    "An invitation link to {company} works once. If you have joined, log in.",
  "companies.invitation.revokedTitle": "This invitation was withdrawn",
  "companies.invitation.revokedBody":
    "The invitation to {company} was withdrawn or replaced by a newer one. Check for the latest invitation email.",
  "companies.invitation.unusable":
    "This invitation can no longer be used (expired, used or withdrawn).",
  "companies.invitation.accountExists":
    "There is already an account for this address. Log in, then join.",

  "companies.email.invite.subject": "[Enishi] Invitation to {companyName}",
  "companies.email.invite.heading": "You are invited to {companyName}",
  "companies.email.invite.body":
    "{inviterName} invited you to join {companyName} on Enishi. Use the button below to join; if you have no account yet, you can create one there.",
  "companies.email.invite.expiry": "This link is valid for 7 days and works once.",
  "companies.email.invite.action": "View the invitation",
};

export const companiesMessages = { ja, en };
