/** Japanese, the default language. Every key here must exist in en.ts too. */
export const ja = {
  "app.name": "Enishi",
  "app.title": "Enishi（縁）｜地域企業の経営課題とプロ人材をつなぐ",
  "app.description":
    "地域の中堅・中小企業の経営課題と、副業・兼業を含むプロフェッショナル人材をつなぐマッチングプラットフォーム。",

  "common.save": "保存する",
  "common.close": "閉じる",
  "common.pending": "送信中…",

  "nav.main": "メインメニュー",
  "nav.menu": "メニュー",
  "nav.home": "ホーム",
  "nav.login": "ログイン",
  "nav.signup": "新規登録",
  "nav.logout": "ログアウト",
  "nav.settings": "アカウント設定",
  "nav.adminUsers": "ユーザー管理",
  "nav.adminAudit": "監査ログ",
  "nav.devMailbox": "開発用メールボックス",
  "nav.language": "表示言語",
  "nav.skipToContent": "本文へ移動",

  "footer.terms": "利用規約",
  "footer.privacy": "プライバシーポリシー",

  "role.PROFESSIONAL": "プロ人材",
  "role.COMPANY_MEMBER": "企業担当者",
  "role.COORDINATOR": "コーディネーター",
  "role.ADMIN": "管理者",

  "field.name": "氏名",
  "field.email": "メールアドレス",
  "field.password": "パスワード",
  "field.newPassword": "新しいパスワード",
  "field.confirmPassword": "新しいパスワード（確認）",
  "field.currentPassword": "現在のパスワード",
  "field.newEmail": "新しいメールアドレス",
  "field.role": "役割",
  "field.language": "表示言語",

  "form.required": "入力してください。",
  "form.email.invalid": "メールアドレスの形式が正しくありません。",
  "form.password.tooShort": "パスワードは10文字以上で入力してください。",
  "form.password.tooLong": "パスワードは128文字以内で入力してください。",
  "form.password.mismatch": "確認用のパスワードが一致しません。",
  "form.name.tooLong": "氏名は100文字以内で入力してください。",
  "form.role.required": "役割を選択してください。",
  "form.terms.required": "利用規約とプライバシーポリシーへの同意が必要です。",
  "form.locale.invalid": "表示言語を選択してください。",

  "auth.passwordHint": "{min}文字以上。長いフレーズがおすすめです（記号などの指定はありません）。",
  "auth.backToLogin": "ログイン画面に戻る",
  "auth.token.invalid": "このリンクは無効か、有効期限が切れています。もう一度お手続きください。",

  "auth.login.title": "ログイン",
  "auth.login.submit": "ログイン",
  "auth.login.invalid": "メールアドレスまたはパスワードが正しくありません。",
  "auth.login.unverified":
    "メールアドレスの確認がまだ完了していません。届いたメールのリンクから確認してください。",
  "auth.login.resendVerification": "確認メールを再送する",
  "auth.login.forgot": "パスワードをお忘れの方",
  "auth.login.noAccount": "アカウントをお持ちでない方は新規登録",

  "auth.signup.title": "新規登録",
  "auth.signup.lead": "登録は無料です。メールアドレスの確認後にご利用いただけます。",
  "auth.signup.roleLegend": "ご利用の立場",
  "auth.signup.roleProfessionalHint": "副業・兼業、業務委託、転職・移住で地域企業を支援したい方",
  "auth.signup.roleCompanyHint": "経営課題を解決する人材を探している企業の方",
  "auth.signup.agreePrefix": "",
  "auth.signup.agreeAnd": "と",
  "auth.signup.agreeSuffix": "に同意します",
  "auth.signup.submit": "登録する",
  "auth.signup.haveAccount": "すでにアカウントをお持ちの方はログイン",

  "auth.verify.title": "メールアドレスの確認",
  "auth.verify.checkInbox":
    "確認用のリンクをメールでお送りしました。メール内のリンクを開いて登録を完了してください（有効期限24時間）。",
  "auth.verify.sent":
    "ご入力のメールアドレス宛てに確認メールを送信しました。届かない場合は迷惑メールフォルダもご確認ください。",
  "auth.verify.resendTitle": "確認メールが届かない場合",
  "auth.verify.resend": "確認メールを再送する",
  "auth.verify.resent": "未確認のアカウントがあれば、確認メールを再送しました。",
  "auth.verify.confirmTitle": "メールアドレスを確認します",
  "auth.verify.confirmBody": "{email} をこのアカウントのメールアドレスとして確認します。",
  "auth.verify.confirm": "確認する",
  "auth.verify.done": "メールアドレスを確認しました。ログインしてください。",
  "auth.verify.emailChanged": "メールアドレスを変更しました。",
  "auth.verify.emailTaken": "このメールアドレスはすでに別のアカウントで使われています。",
  "auth.verify.invalidTitle": "リンクが無効です",

  "auth.forgot.title": "パスワードの再設定",
  "auth.forgot.lead":
    "登録済みのメールアドレスを入力してください。再設定用のリンクをお送りします（有効期限1時間）。",
  "auth.forgot.submit": "再設定リンクを送る",
  "auth.forgot.sent":
    "入力されたメールアドレスにアカウントがある場合、再設定用のリンクを送信しました。",

  "auth.reset.title": "新しいパスワードの設定",
  "auth.reset.inviteTitle": "パスワードを設定してはじめる",
  "auth.reset.lead":
    "{email} のアカウントのパスワードを設定します。設定すると、すべての端末からログアウトします。",
  "auth.reset.submit": "パスワードを設定する",
  "auth.reset.done": "パスワードを変更しました。新しいパスワードでログインしてください。",
  "auth.reset.inviteDone": "パスワードを設定しました。ログインしてください。",
  "auth.reset.invalidTitle": "リンクが無効です",
  "auth.reset.requestAgain": "再設定リンクをもう一度受け取る",

  "settings.nav": "アカウント設定",
  "settings.saved": "保存しました。",
  "settings.profile.title": "基本情報",
  "settings.email.title": "メールアドレス",
  "settings.email.current": "現在のメールアドレス: {email}",
  "settings.email.hint": "新しいアドレスに届くリンクを開くと変更が完了します。",
  "settings.email.submit": "確認メールを送る",
  "settings.email.sent": "{email} に確認メールを送信しました。リンクを開くと変更が完了します。",
  "settings.email.same": "現在と同じメールアドレスです。",
  "settings.password.title": "パスワード",
  "settings.password.lead": "変更すると、この端末以外のすべての端末からログアウトします。",
  "settings.password.submit": "パスワードを変更する",
  "settings.password.wrong": "現在のパスワードが正しくありません。",
  "settings.password.changed": "パスワードを変更しました。ほかの端末からはログアウトしました。",
  "settings.sessions.title": "ログイン中の端末",
  "settings.sessions.lead":
    "心当たりのない端末がある場合は、すべての端末からログアウトしてパスワードを変更してください。",
  "settings.sessions.current": "この端末",
  "settings.sessions.unknownDevice": "不明な端末",
  "settings.sessions.signedIn": "ログイン: {date}",
  "settings.sessions.lastSeen": "最終利用: {date}",
  "settings.sessions.logoutEverywhere": "すべての端末からログアウト",
  "settings.sessions.loggedOutEverywhere": "すべての端末からログアウトしました。",

  "admin.users.title": "ユーザー管理",
  "admin.users.lead":
    "コーディネーターや管理者のアカウントを作成します。招待メールからパスワードを設定してもらいます。",
  "admin.users.createTitle": "アカウントを招待する",
  "admin.users.create": "招待メールを送る",
  "admin.users.invited": "招待メールを送信しました。",
  "admin.users.emailTaken": "このメールアドレスはすでに登録されています。",
  "admin.users.listTitle": "登録ユーザー（{count}件）",
  "admin.users.status": "状態",
  "admin.users.created": "登録日",
  "admin.users.verified": "確認済み",
  "admin.users.pending": "未確認",

  "admin.audit.title": "監査ログ",
  "admin.audit.lead": "認証・管理操作の記録です（新しい順に200件）。",
  "admin.audit.when": "日時",
  "admin.audit.action": "操作",
  "admin.audit.actor": "実行者",
  "admin.audit.ip": "IPアドレス",
  "admin.audit.details": "詳細",

  "devMailbox.title": "開発用メールボックス",
  "devMailbox.lead":
    "メール配信サービスが未設定のため、送信されるはずのメールをここに表示しています。",
  "devMailbox.banner": "この環境ではメールは実際には送信されません。",
  "devMailbox.filterTo": "宛先で絞り込む",
  "devMailbox.filter": "絞り込む",
  "devMailbox.empty": "メールはまだありません。",
  "devMailbox.to": "宛先",
  "devMailbox.sentAt": "送信日時",
  "devMailbox.back": "メール一覧に戻る",
  "devMailbox.textVersion": "テキスト版",
  "devMailbox.htmlVersion": "HTML版",

  "error.backHome": "トップページへ",
  "error.400.title": "リクエストを処理できませんでした",
  "error.400.body": "入力内容をご確認のうえ、もう一度お試しください。",
  "error.403.title": "このページを表示する権限がありません",
  "error.403.body": "必要な権限のあるアカウントでログインしてください。",
  "error.404.title": "ページが見つかりません",
  "error.404.body": "URLが間違っているか、ページが移動・削除された可能性があります。",
  "error.429.title": "試行回数が上限に達しました",
  "error.429.body": "しばらく時間をおいてから、もう一度お試しください。",
  "error.500.title": "エラーが発生しました",
  "error.500.body": "ご不便をおかけして申し訳ありません。時間をおいて再度お試しください。",

  "home.kicker": "地域企業 × プロフェッショナル人材",
  "home.headline": "地域の経営課題に、都市のプロの力を。",
  "home.lead":
    "Enishi は、販路開拓・生産性向上・DX・新規事業などの経営課題を持つ地域企業と、副業・兼業や移住で力を貸したいプロ人材を、地域のコーディネーターとともにつなぎます。",
  "home.cta.signup": "無料で登録する",
  "home.audiences": "Enishi でできること",
  "home.companies.title": "企業の方",
  "home.companies.body":
    "経営課題を整理して公開し、理由つきで推薦される候補者にスカウトや面談の依頼ができます。",
  "home.professionals.title": "プロ人材の方",
  "home.professionals.body":
    "スキルや関わり方、ゆかりのある地域を登録。勤務先に知られない匿名プロフィールで、あなたに合う課題が見つかります。",
  "home.coordinators.title": "コーディネーターの方",
  "home.coordinators.body":
    "担当地域の相談・紹介・成約までのパイプラインとKPIを一か所で管理できます。",
  "home.welcome": "{name} さん、ようこそ",
  "home.intro.PROFESSIONAL":
    "プロフィールと課題検索は順次公開します。まずはアカウント設定で表示言語とメールアドレスをご確認ください。",
  "home.intro.COMPANY_MEMBER":
    "企業情報と経営課題の登録は順次公開します。まずはアカウント設定で表示言語とメールアドレスをご確認ください。",
  "home.intro.COORDINATOR": "担当地域のパイプラインとKPIの機能は順次公開します。",
  "home.intro.ADMIN": "ユーザー管理と監査ログから運用を始められます。",

  "terms.p1":
    "本規約は、Enishi（以下「本サービス」）の利用条件を定めるものです。利用者は本規約に同意のうえ本サービスを利用するものとします。",
  "terms.p2":
    "利用者は、登録情報を正確に保ち、他の利用者の情報を本サービスの目的（経営課題と人材のマッチング）以外に利用してはなりません。",
  "terms.p3":
    "企業と人材の間の契約は当事者間で締結されるものであり、運営者およびコーディネーターは契約の当事者となりません。",
  "terms.p4":
    "運営者は、法令または本規約に反する行為があった場合、アカウントの停止等の措置を取ることがあります。",
  "privacy.p1":
    "本サービスは、アカウントの管理とマッチングのために、氏名・メールアドレス・プロフィール情報を取得し、利用します。",
  "privacy.p2":
    "匿名設定のプロフィールでは、氏名・写真・現在の勤務先・リンクを企業に開示しません。ブロックした企業にはプロフィールが表示されません。",
  "privacy.p3":
    "パスワードは復元できない形式（argon2id）で保存し、ログイン情報はハッシュ化して管理します。個人情報の開示・訂正・削除のご請求は運営者までご連絡ください。",

  "email.footer": "このメールは Enishi（縁）から自動送信されています。",
  "email.linkFallback": "ボタンが開けない場合は、次のURLをブラウザに貼り付けてください:",
  "email.ignoreIfNotYou": "お心当たりのない場合は、このメールを破棄してください。",
  "email.contactIfNotYou":
    "お心当たりのない場合は、すぐにパスワードを再設定し、運営者までご連絡ください。",
  "email.signIn.action": "ログインする",
  "email.verify.subject": "【Enishi】メールアドレスの確認",
  "email.verify.heading": "{name} 様、ご登録ありがとうございます",
  "email.verify.body": "下のボタンからメールアドレスを確認して、登録を完了してください。",
  "email.verify.expiry": "このリンクの有効期限は24時間で、一度だけ使えます。",
  "email.verify.action": "メールアドレスを確認する",
  "email.accountExists.subject": "【Enishi】アカウント登録のお知らせ",
  "email.accountExists.heading": "{name} 様",
  "email.accountExists.body":
    "このメールアドレスで新規登録が試みられましたが、すでにアカウントをお持ちです。ログインするか、パスワードをお忘れの場合は再設定してください。",
  "email.accountExists.action": "ログインする",
  "email.reset.subject": "【Enishi】パスワード再設定のご案内",
  "email.reset.heading": "{name} 様",
  "email.reset.body":
    "パスワード再設定のお申し込みを受け付けました。下のボタンから新しいパスワードを設定してください。",
  "email.reset.expiry": "このリンクの有効期限は1時間で、一度だけ使えます。",
  "email.reset.action": "パスワードを再設定する",
  "email.changeEmail.subject": "【Enishi】新しいメールアドレスの確認",
  "email.changeEmail.heading": "{name} 様",
  "email.changeEmail.body":
    "アカウントのメールアドレスを {newEmail} に変更します。下のボタンから確認してください。",
  "email.changeEmail.action": "メールアドレスを確認する",
  "email.emailChanged.subject": "【Enishi】メールアドレスが変更されました",
  "email.emailChanged.heading": "{name} 様",
  "email.emailChanged.body": "アカウントのメールアドレスが {newEmail} に変更されました。",
  "email.passwordChanged.subject": "【Enishi】パスワードが変更されました",
  "email.passwordChanged.heading": "{name} 様",
  "email.passwordChanged.body": "アカウントのパスワードが変更されました。",
  "email.invite.subject": "【Enishi】アカウントへのご招待",
  "email.invite.heading": "{name} 様",
  "email.invite.body":
    "Enishi のアカウントが作成されました。下のボタンからパスワードを設定してご利用ください。",
  "email.invite.expiry": "このリンクの有効期限は7日間で、一度だけ使えます。",
  "email.invite.action": "パスワードを設定する",
} as const;
