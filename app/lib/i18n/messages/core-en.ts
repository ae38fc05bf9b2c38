import type { coreJa } from "./core-ja";

/** English. The type makes a missing or extra key a compile error. */
export const coreEn: Record<keyof typeof coreJa, string> = {
  "app.name": "Enishi",
  "app.title": "Enishi — connecting regional companies' challenges with professionals",
  "app.description":
    "A matching platform that connects the business challenges of regional companies with professionals, including side-job workers.",

  "common.save": "Save",
  "common.close": "Close",
  "common.pending": "Sending…",

  "nav.main": "Main menu",
  "nav.menu": "Menu",
  "nav.challenges": "Challenges",
  "nav.profile": "My profile",
  "nav.company": "My company",
  "nav.companies": "Companies",
  "nav.professionals": "Professionals",
  "nav.import": "Import",
  "nav.adminSkills": "Skills",
  "nav.savedSearches": "Saved searches",
  "nav.matches": "Matches",
  "nav.adminSynonyms": "Synonyms",
  "nav.home": "Home",
  "nav.login": "Log in",
  "nav.signup": "Sign up",
  "nav.logout": "Log out",
  "nav.settings": "Account settings",
  "nav.adminUsers": "Users",
  "nav.adminAudit": "Audit log",
  "nav.devMailbox": "Dev mailbox",
  "nav.language": "Language",
  "nav.skipToContent": "Skip to content",

  "footer.terms": "Terms of use",
  "footer.privacy": "Privacy policy",

  "role.PROFESSIONAL": "Professional",
  "role.COMPANY_MEMBER": "Company member",
  "role.COORDINATOR": "Coordinator",
  "role.ADMIN": "Administrator",

  "field.name": "Name",
  "field.email": "Email address",
  "field.password": "Password",
  "field.newPassword": "New password",
  "field.confirmPassword": "Confirm new password",
  "field.currentPassword": "Current password",
  "field.newEmail": "New email address",
  "field.role": "Role",
  "field.language": "Language",

  "form.required": "This field is required.",
  "form.email.invalid": "Enter a valid email address.",
  "form.password.tooShort": "Use at least 10 characters.",
  "form.password.tooLong": "Use at most 128 characters.",
  "form.password.mismatch": "The passwords do not match.",
  "form.name.tooLong": "Use at most 100 characters.",
  "form.role.required": "Choose a role.",
  "form.terms.required": "You need to agree to the terms of use and the privacy policy.",
  "form.locale.invalid": "Choose a language.",

  "auth.passwordHint": "At least {min} characters. A long phrase works well (no symbol rules).",
  "auth.backToLogin": "Back to log in",
  "auth.token.invalid": "This link is invalid or has expired. Please start again.",

  "auth.login.title": "Log in",
  "auth.login.submit": "Log in",
  "auth.login.invalid": "The email address or password is incorrect.",
  "auth.login.unverified":
    "Your email address is not verified yet. Open the link in the email we sent you.",
  "auth.login.resendVerification": "Send the verification email again",
  "auth.login.forgot": "Forgot your password?",
  "auth.login.noAccount": "No account yet? Sign up",

  "auth.signup.title": "Sign up",
  "auth.signup.lead": "Signing up is free. You can start once your email address is verified.",
  "auth.signup.roleLegend": "I am joining as",
  "auth.signup.roleProfessionalHint":
    "You want to help regional companies as a side job, a contractor or by moving there",
  "auth.signup.roleCompanyHint": "Your company is looking for people to solve a business challenge",
  "auth.signup.agreePrefix": "I agree to the",
  "auth.signup.agreeAnd": "and the",
  "auth.signup.agreeSuffix": "",
  "auth.signup.submit": "Create account",
  "auth.signup.haveAccount": "Already have an account? Log in",

  "auth.verify.title": "Verify your email address",
  "auth.verify.checkInbox":
    "We emailed you a verification link. Open it to finish signing up (it is valid for 24 hours).",
  "auth.verify.sent":
    "We sent a verification email to the address you entered. If it does not arrive, check your spam folder.",
  "auth.verify.resendTitle": "Didn't get the email?",
  "auth.verify.resend": "Send it again",
  "auth.verify.resent":
    "If there is an unverified account for that address, we sent the email again.",
  "auth.verify.confirmTitle": "Confirm your email address",
  "auth.verify.confirmBody": "Confirm {email} as the email address of this account.",
  "auth.verify.confirm": "Confirm",
  "auth.verify.done": "Your email address is verified. Please log in.",
  "auth.verify.emailChanged": "Your email address has been changed.",
  "auth.verify.emailTaken": "This email address is already used by another account.",
  "auth.verify.invalidTitle": "This link is not valid",

  "auth.forgot.title": "Reset your password",
  "auth.forgot.lead":
    "Enter your account's email address and we will send you a reset link (valid for 1 hour).",
  "auth.forgot.submit": "Send reset link",
  "auth.forgot.sent": "If there is an account for that address, we sent it a reset link.",

  "auth.reset.title": "Choose a new password",
  "auth.reset.inviteTitle": "Choose a password to get started",
  "auth.reset.lead": "Set the password for {email}. This logs the account out on every device.",
  "auth.reset.submit": "Set password",
  "auth.reset.done": "Your password has been changed. Log in with the new one.",
  "auth.reset.inviteDone": "Your password is set. Please log in.",
  "auth.reset.invalidTitle": "This link is not valid",
  "auth.reset.requestAgain": "Get a new reset link",

  "settings.nav": "Account settings",
  "settings.saved": "Saved.",
  "settings.profile.title": "Profile",
  "settings.email.title": "Email address",
  "settings.email.current": "Current email address: {email}",
  "settings.email.hint":
    "The change takes effect when you open the link we send to the new address.",
  "settings.email.submit": "Send confirmation email",
  "settings.email.sent":
    "We sent a confirmation email to {email}. Open its link to finish the change.",
  "settings.email.same": "This is already your email address.",
  "settings.password.title": "Password",
  "settings.password.lead": "Changing it logs you out on every other device.",
  "settings.password.submit": "Change password",
  "settings.password.wrong": "The current password is incorrect.",
  "settings.password.changed":
    "Your password has been changed and your other devices were logged out.",
  "settings.sessions.title": "Signed-in devices",
  "settings.sessions.lead":
    "If you see a device you do not recognise, log out everywhere and change your password.",
  "settings.sessions.current": "This device",
  "settings.sessions.unknownDevice": "Unknown device",
  "settings.sessions.signedIn": "Signed in {date}",
  "settings.sessions.lastSeen": "last active {date}",
  "settings.sessions.logoutEverywhere": "Log out everywhere",
  "settings.sessions.loggedOutEverywhere": "You have been logged out on every device.",

  "admin.users.title": "Users",
  "admin.users.lead":
    "Create coordinator and administrator accounts. They choose their password from the invitation email.",
  "admin.users.createTitle": "Invite an account",
  "admin.users.create": "Send invitation",
  "admin.users.invited": "The invitation has been sent.",
  "admin.users.emailTaken": "This email address is already registered.",
  "admin.users.listTitle": "Registered users ({count})",
  "admin.users.status": "Status",
  "admin.users.created": "Created",
  "admin.users.verified": "Verified",
  "admin.users.pending": "Not verified",

  "admin.audit.title": "Audit log",
  "admin.audit.lead": "Authentication and administration events (latest 200).",
  "admin.audit.when": "When",
  "admin.audit.action": "Action",
  "admin.audit.actor": "By",
  "admin.audit.ip": "IP address",
  "admin.audit.details": "Details",

  "devMailbox.title": "Dev mailbox",
  "devMailbox.lead":
    "No mail provider is configured, so the emails the app would send are shown here.",
  "devMailbox.banner": "Mail is not sent from this installation.",
  "devMailbox.filterTo": "Filter by recipient",
  "devMailbox.filter": "Filter",
  "devMailbox.empty": "No emails yet.",
  "devMailbox.to": "To",
  "devMailbox.sentAt": "Sent",
  "devMailbox.back": "Back to all emails",
  "devMailbox.textVersion": "Text version",
  "devMailbox.htmlVersion": "HTML version",

  "error.backHome": "Go to the home page",
  "error.400.title": "We could not process this request",
  "error.400.body": "Please check what you entered and try again.",
  "error.403.title": "You do not have access to this page",
  "error.403.body": "Log in with an account that has the required permission.",
  "error.404.title": "Page not found",
  "error.404.body": "The address may be wrong, or the page has moved or been removed.",
  "error.429.title": "Too many attempts",
  "error.429.body": "Please wait a while and try again.",
  "error.500.title": "Something went wrong",
  "error.500.body": "Sorry for the inconvenience. Please try again later.",

  "home.kicker": "Regional companies × professionals",
  "home.headline": "Professional talent for regional business challenges.",
  "home.lead":
    "Enishi connects regional companies facing challenges in sales channels, productivity, DX or new business with professionals who want to help — as a side job, a contractor or by moving — together with the region's coordinators.",
  "home.cta.signup": "Sign up for free",
  "home.audiences": "What you can do on Enishi",
  "home.companies.title": "For companies",
  "home.companies.body":
    "Shape and publish your business challenge, see recommended candidates with the reasons, and scout or ask for a casual talk.",
  "home.professionals.title": "For professionals",
  "home.professionals.body":
    "List your skills, how you want to work and the regions you feel tied to. Stay anonymous to your employer and find challenges that fit you.",
  "home.coordinators.title": "For coordinators",
  "home.coordinators.body":
    "Run your region's consultations, introductions and contracts as one pipeline, with KPIs in one place.",
  "home.welcome": "Welcome, {name}",
  "home.intro.PROFESSIONAL":
    "A fuller profile helps companies and coordinators find you. To keep it from your employer, show it anonymously and block companies.",
  "home.intro.COMPANY_MEMBER":
    "Describe your company and publish its challenges. Not sure what to ask for? The guided scoping wizard helps.",
  "home.intro.COORDINATOR":
    "Review your region's companies and professionals, and import them in bulk from spreadsheets.",
  "home.intro.ADMIN": "Start from user management, the skills list and the audit log.",
  "home.next": "Next steps",
  "home.next.profile": "Edit your profile",
  "home.next.challenges": "Browse challenges",
  "home.next.company": "Manage your company",
  "home.next.companies": "See companies",
  "home.next.pros": "See professionals",
  "home.next.import": "Import data",
  "home.next.users": "Manage users",
  "home.latest": "Latest challenges",
  "home.latest.all": "See all challenges",
  "home.latest.none": "No challenges are open yet.",

  "terms.p1":
    "These terms set out the conditions for using Enishi (the Service). By using the Service you agree to these terms.",
  "terms.p2":
    "Keep your account information accurate, and use other users' information only for the purpose of the Service: matching business challenges with people.",
  "terms.p3":
    "Contracts between companies and professionals are made between those parties; the operator and coordinators are not parties to them.",
  "terms.p4": "The operator may suspend accounts that break the law or these terms.",
  "privacy.p1":
    "The Service collects and uses your name, email address and profile information to manage your account and to make matches.",
  "privacy.p2":
    "Anonymous profiles never show your name, photo, current employer or links to companies. Companies you block never see your profile.",
  "privacy.p3":
    "Passwords are stored in a form that cannot be reversed (argon2id) and sign-in tokens only as hashes. Contact the operator to see, correct or delete your personal data.",

  "email.footer": "This email was sent automatically by Enishi.",
  "email.linkFallback": "If the button does not work, paste this address into your browser:",
  "email.ignoreIfNotYou": "If this was not you, you can ignore this email.",
  "email.contactIfNotYou":
    "If this was not you, reset your password at once and contact the operator.",
  "email.signIn.action": "Log in",
  "email.verify.subject": "[Enishi] Verify your email address",
  "email.verify.heading": "Welcome, {name}",
  "email.verify.body": "Verify your email address with the button below to finish signing up.",
  "email.verify.expiry": "The link is valid for 24 hours and works once.",
  "email.verify.action": "Verify email address",
  "email.accountExists.subject": "[Enishi] About your sign-up",
  "email.accountExists.heading": "Hello {name}",
  "email.accountExists.body":
    "Someone tried to sign up with this email address, but you already have an account. Log in, or reset your password if you have forgotten it.",
  "email.accountExists.action": "Log in",
  "email.reset.subject": "[Enishi] Reset your password",
  "email.reset.heading": "Hello {name}",
  "email.reset.body":
    "We received a request to reset your password. Choose a new one with the button below.",
  "email.reset.expiry": "The link is valid for 1 hour and works once.",
  "email.reset.action": "Reset password",
  "email.changeEmail.subject": "[Enishi] Confirm your new email address",
  "email.changeEmail.heading": "Hello {name}",
  "email.changeEmail.body":
    "Confirm {newEmail} as your account's new email address with the button below.",
  "email.changeEmail.action": "Confirm email address",
  "email.emailChanged.subject": "[Enishi] Your email address was changed",
  "email.emailChanged.heading": "Hello {name}",
  "email.emailChanged.body": "Your account's email address was changed to {newEmail}.",
  "email.passwordChanged.subject": "[Enishi] Your password was changed",
  "email.passwordChanged.heading": "Hello {name}",
  "email.passwordChanged.body": "Your account's password was changed.",
  "email.invite.subject": "[Enishi] You are invited",
  "email.invite.heading": "Hello {name}",
  "email.invite.body":
    "An Enishi account has been created for you. Choose a password with the button below to start.",
  "email.invite.expiry": "The link is valid for 7 days and works once.",
  "email.invite.action": "Choose password",
};
