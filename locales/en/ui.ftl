## The app's own words (not content). Every language must have every message of this file.

-app = Ruta
app-name = { -app }
app-tagline = Your rights and whom to call, offline
skip-to-content = Skip to content
exit-button = Quick exit
exit-hint = Closes Ruta at once and opens another page
language-label = Language
nav-start = Start
nav-about = About this information

## Start
start-title = Find your rights and help near you
start-intro = Answer what you want. You can skip any question. Nothing you choose is saved on this phone.
who-legend = Who is using Ruta?
who-woman = Me, a migrant woman
who-woman-hint = Plain words, spoken to you
who-official = I work in a service or institution
who-official-hint = Referral path: detect, care, refer
country-legend = Which country are you in now?
country-none = I prefer not to say
phase-legend = Where are you in your journey?
phase-any = I don't know or prefer not to say
situations-legend = What is happening to you?
situations-hint = Choose as many as you want, or none.
show-results-woman = See my rights and contacts
show-results-official = See the referral path

## Results
results-title-woman = Your rights and whom to call
results-title-official = Rights, duties and referrals
results-summary = { $country } · { $phase } · { $count ->
    [0] no situation chosen
    [one] 1 situation
   *[other] { $count } situations
  }
summary-no-country = no country chosen
summary-no-phase = all stages
edit-choices = Change my answers
danger-title = If you are in danger now
danger-call = Call { $number }
danger-no-country = Choose your country to see emergency numbers.
danger-none-confirmed = We could not confirm an emergency number for this country. Ask a person you trust or a shelter for help.
rights-title-woman = Your rights
rights-title-official = Rights that apply
rights-count = { $count ->
    [one] 1 right
   *[other] { $count } rights
  }
for-everyone = For everyone
basis-title = Legal basis
basis-read = text read
basis-secondary = read in another source
basis-inferred = inferred by Ruta
principles-title = Principles of the Guidelines it rests on
principles-note = The link to each principle is our reading: only the principles' titles are known to us.
link-inferred = Link inferred by Ruta: no source ties it to this stage.
link-partly = Link partly inferred by Ruta.
actions-title-woman = What you can ask for
actions-title-official = What services must do
step-detect = 1. Detect
step-care = 2. Immediate care
step-refer = 3. Refer and follow up
responsible = Responsible: { $actors }
contacts-title = Whom to contact
contacts-none = We have no other confirmed contacts for this country and these situations.
contacts-no-country = Choose your country to see contacts.
contacts-hidden = { $count ->
    [one] 1 unconfirmed contact is not shown here.
   *[other] { $count } unconfirmed contacts are not shown here.
  }
kind-emergency = Emergency
kind-gbv-hotline = Violence helpline
kind-trafficking-hotline = Trafficking helpline
kind-asylum-authority = Asylum and refuge
kind-child-protection = Child protection
kind-women-institution = Women's institution
kind-migration-authority = Migration
kind-un-agency = UN agency
kind-ombudsperson = Human rights ombudsperson
operator = Answered by: { $operator ->
    [police] the police
    [prosecutor] the prosecutor's office
    [ngo] a civil society organisation
    [un] the UN
    [ombudsperson] the ombudsperson
   *[government] the government
  }
free-yes = Free
free-no = Not free
hours-always = 24 hours
hours-limited = Limited hours
phone-tty = TTY
phone-sms = SMS
phone-old = former number
phone-other = other number
website = Website
unconfirmed = Unconfirmed
conflict = Sources disagree: read the note.
source-dated = Source dated { $date }
source-undated = Undated source
source-link = See the source
no-situations-note = You chose no situation: these are the rights that apply to everyone.

## Problems with a link
problems-title = We did not understand part of the link
problems-kept = The rest is shown. You can change your answers at any time.
problem-malformed = The link is damaged or incomplete.
problem-view = There is no page "{ $value }".
problem-language = We do not have the language "{ $value }".
problem-audience = "{ $value }" is not a known kind of user.
problem-country = "{ $value }" is not one of Ruta's 11 countries.
problem-phase = "{ $value }" is not a stage of the journey.
problem-situation = "{ $value }" is not a known situation.
problem-item = We could not find "{ $value }" in the library.

## About
about-title = About this information
about-basis = Ruta is based on the Regional Conference on Migration (RCM) Guidelines for the Protection and Assistance of Women in the Context of Migration. We could not read their full text: only their structure (10 principles, 9 approaches, 27 definitions and the four phases). The rights and actions come from the international standards those Guidelines implement, and each one cites its source.
about-not-advice = Ruta is not legal advice. Laws differ from country to country.
about-privacy = Ruta uses no accounts and no tracking, and does not save your answers.
about-contacts = Every phone number carries its source and date. Numbers we could not confirm are not shown to women, except a country's only emergency number: it is shown with a warning.

## Library
nav-library = The Guidelines
library-title = The Guidelines library
library-intro = The RCM Guidelines have 10 principles, 9 approaches and 27 definitions. We could only read their titles. The explanations are ours.
library-principles = Guiding principles
library-approaches = Approaches
library-definitions = Definitions
library-definitions-note = These definitions are in the working version of the document, not in the published version we know.
library-themes = RCM themes
library-themes-note = The RCM works on these themes in its regional meetings. Which items go under each theme is our choice.
gloss-label = Our explanation:
page-ref = p. { $page }
rests-on-it = Rights and actions that rest on this principle
rights-label = Rights
actions-label = Actions
back-to-library = Back to the library
plain-words = In plain words
for-officials = For services and officials

## Dates (order and month names as the language writes them)
date-full = { $month } { $day }, { $year }
date-month = { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Languages (About screen)
translations-title = Languages
translation-reviewed = { $language }: reviewed on { $date }.
translation-needs-review = { $language }: draft, needs review by native speakers ({ $date }).

## Updates and version
update-ready = A new version of Ruta is ready. It will be used the next time you open it.
update-now = Use it now
about-version = App version: { $version }.

## Staying safe on this device
nav-safety = Staying safe on this device
safety-title = Using Ruta more safely
safety-intro = If someone checks your phone, or shares it with you, these ideas can help. None of them is perfect.
safety-exit-h = The "Quick exit" button
safety-exit = It opens another page and takes this one off the screen. Pressing the Shift key three times does the same. But Ruta pages you saw before may still be in the history.
safety-private-h = Private browsing
safety-private = Open Ruta in a private or incognito window. Then the browser keeps no history. Ruta works the same.
safety-history-h = Clearing the history
safety-history = You can delete only the Ruta pages from the history. If you delete all of it, someone may notice that it is empty.
safety-app-h = If you installed Ruta
safety-app = A Ruta icon on your screen may catch someone's eye. You can remove it: hold your finger on the icon and choose remove or uninstall. You can open Ruta again from the browser.
safety-storage-h = What Ruta keeps
safety-storage = Ruta does not keep your answers, unless you tick "Remember my answers on this phone". The "Forget" and "Quick exit" buttons delete them. Ruta keeps its own files to work offline; those files say nothing about you.
safety-limits = Ruta cannot delete what other apps or your phone company record. If you think someone watches your phone, use one you trust.
remember-label = Remember my answers on this phone
remember-hint = Only if nobody else uses this phone.
forget-button = Forget my answers
forgotten = Done: your answers are no longer kept on this phone.

## Kiosk
kiosk-idle-title = Are you still there?
kiosk-idle-body = { $seconds ->
    [one] To protect your privacy, this screen will be cleared in 1 second.
   *[other] To protect your privacy, this screen will be cleared in { $seconds } seconds.
  }
kiosk-continue = I am still here
kiosk-clear-now = Clear now
welcome-title = Welcome
welcome-start = Start in English

## Share (QR)
qr-title = Open this screen on your phone
qr-hint = Scan the code with your camera. It carries only the answers on this screen, nothing else.

## Embedding (an organisation's own contacts)
overlay-added-by = Added by { $publisher }
kind-shelter = Shelter
kind-legal-aid = Legal help
kind-health = Health
kind-other = Other service

## H4
problem-too-long = The link is too long: we read only its beginning.
problem-more = Other parts were not understood either; they are not shown.
problem-language-load = The texts for the language "{ $value }" could not be loaded (no connection or a damaged file). They are shown in Spanish; try again later.

## H1
danger-line-emergency = Emergency (police, fire, ambulance)
danger-line-police = Police
danger-line-medical = Medical emergencies
danger-line-fire = Fire brigade
danger-line-women = 24-hour line for women facing violence
danger-line-trafficking = 24-hour line against trafficking
danger-line-child = 24-hour line for children
danger-line-information = Information line
danger-caveat = We could not confirm this number. If it does not work, ask someone near you to call the police.
danger-caveat-official = Not confirmed: only weak or old sources give this number.
who-answers = Who answers: { $operator ->
    [police] the police
    [prosecutor] the public prosecutor's office
    [government] a government office (not the police)
    [non-profit] a non-profit organisation
    [un-agency] a United Nations agency
    [ombudsperson] the human rights ombudsperson's office
   *[unknown] not known (no source says who answers)
  }
kind-information = Information and civil protection
phone-fax = Fax, not a phone line: { $number }
enforcement-warning = This is a government immigration authority. Contacting it gives it your name and details, and immigration authorities can detain and deport people. If you have no papers, talk first to a free legal service or to UNHCR.
contacts-hidden-enforcement = { $count ->
    [one] 1 immigration authority is not listed: without papers or in detention, it is not a place to go for help.
   *[other] { $count } immigration authorities are not listed: without papers or in detention, they are not a place to go for help.
  }
contacts-official-only = For officials only
source-latest = Most recent source: { $date }
source-latest-undated = Source undated
sources-official = { $count ->
    [one] 1 source
   *[other] { $count } sources
  } ({ $dates })
sources-one-only = one source only
sources-none = No source recorded
contacts-dates = These numbers come from public sources dated { $from } to { $to }. Nobody called them to check that they work.

## H5 screens (issue 12: one question per screen, results at a glance, share and print)
q-progress = Question { $n } of { $total }
q-back = Back
q-next = Next
q-skip = Skip this question
show-answer = Show my answer now
now-title = What to do now
now-call = Call { $name }:
now-more = Read more
key-contacts-title = Your key contacts
on-this-page = On this page
all-contacts-title = All contacts
actions-count = { $count ->
    [one] 1 item
   *[other] { $count } items
  }
contacts-count = { $count ->
    [one] 1 contact
   *[other] { $count } contacts
  }
section-show = Show
section-hide = Hide
open-all = Open all
item-more = More and legal basis: { $title }
results-ready = Results
save-print = Save or print
share-link = Share the link
copy-link = Copy the link
link-copied = Link copied.
link-warning = The link carries your answers. Share it only with someone you trust.
language-changed = Language: { $language }
shift-more = { $left ->
    [one] Press Shift once more to leave.
   *[other] Press Shift { $left } more times to leave.
  }

## H4 (static recovery screen and pre-wasm danger box, written into index.html at build time)
boot-failed-title = Ruta could not start
boot-failed-body = A file of Ruta did not load or arrived damaged (perhaps the connection was cut). Nothing you chose was saved.
boot-failed-retry = Try again
boot-failed-numbers = If you are in danger now, call the emergency number of the country you are in:
boot-offline-not-ready = Ruta is not ready to work without internet on this phone yet. Open it again when you have a connection.

## H2 (a host's own contacts: overlay cards and the preview for the site owner)
overlay-section = More contacts, added by { $publisher }
overlay-section-site = More contacts, added by the website that shows this page
overlay-not-checked = Ruta has not checked these contacts. They come from the site that shows this page.
overlay-added-by-site = Added by this website
overlay-email = Email: { $email }
overlay-hours = Hours: { $hours }
overlay-languages = Languages: { $languages }
overlay-organization = Organisation: { $name }
overlay-preview-title = { $count ->
    [one] Preview for the owner of this page: 1 problem in your contacts file
   *[other] Preview for the owner of this page: { $count } problems in your contacts file
  }
overlay-preview-ok = { $count ->
    [one] Preview for the owner of this page: your contacts file has no problems (1 contact read).
   *[other] Preview for the owner of this page: your contacts file has no problems ({ $count } contacts read).
  }
overlay-preview-hint = Visitors do not see this box. Remove data-preview (or ?preview) before publishing. Technical details are in English, as in the console.

## H10 — officials' toolkit (issue 17): search, training cases, follow-up matrix, referral slip
search-title = Search
search-label = Search rights, steps, the Guidelines and contacts
search-button = Search
search-hint = Accents and capital letters do not matter; the start of a word is enough.
search-count = { $count ->
    [one] 1 result
   *[other] { $count } results
  }
search-none = Nothing found. Try another word, or fewer words.
training-title = Training cases
training-intro = Practise the referral path with cases. Your answers stay on this screen only and are forgotten when you leave it; no names are asked for or kept.
training-case = Case { $n } of { $total }
training-q-detect = What must you detect?
training-q-rights = Which rights apply?
training-q-first-steps = Which steps come first?
training-q-refer = To whom do you refer her?
training-choose-all = Choose all that apply.
training-check = Check my answer
training-next = Next question
training-next-case = Next case
training-right = Right.
training-wrong = Not quite.
training-missed = You did not choose:
training-wrongly = Not for this case:
training-ruta-says = What Ruta answers for this case:
training-record = Training record
training-record-note = Cases practised and questions answered right. No names are recorded.
training-score = { $right } of { $total } right
training-print = Print the record
matrix-title = Follow-up matrix
matrix-intro = Record novelties in the legal framework, progress, good practices and success cases on the protection of migrant women, by country and Guidelines area. Nothing is stored or sent: entries stay on this screen until you export them.
matrix-add = Add entry
matrix-added = Entry added.
matrix-fix = Please correct the fields marked below.
matrix-entries = Entries: { $count }
matrix-none = No entries yet.
matrix-remove = Remove
matrix-export-csv = Export CSV
matrix-export-json = Export JSON
matrix-import = Import files (CSV or JSON, several at once)
matrix-imported = Entries added: { $added }. Files read: { $files }.
matrix-import-failed = These files were not imported (nothing you had entered was lost):
matrix-row = row { $row }
matrix-summary = Regional summary
matrix-by-area = Entries per country and Guidelines area
matrix-by-kind = Entries per country and kind
matrix-empty-areas = Guidelines areas with no entry
matrix-choose = Choose…
slip-title = Referral slip
slip-intro = The referral path for her situations. This slip has no field for her name or any personal data.
slip-missing = Choose the country, the phase and her situations first.
slip-services = Services to refer her to
slip-basis = Basis:
slip-sources = The sources of these numbers are dated up to { $date }.
slip-print = Print or save as PDF
slip-qr = Open this slip on another phone

## R18 (issue 18: a line after sexual violence is not a women's line)
danger-line-sexual-violence = 24-hour line after sexual violence, for anyone

## P14 (issue 14: screens whose messages come in a second pack)
later-loading = Loading this part of Ruta…
later-failed = This part of Ruta could not load. Check your connection and try again.

## T17 (issue 17: search shows its hits a page at a time)
search-more = Show more results

## LEAD (issue 12: the one-line jump list above the sections; its name is on-this-page)
jump-rights = Rights
jump-actions = What to ask for
jump-actions-official = What services must do
jump-contacts = Contacts
share-all = Save, print or share
