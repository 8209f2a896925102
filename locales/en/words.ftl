# Words explained (issue 16): the Words screen (content/words.toml) and the Listen control.
# Listen (src/parts/speak.rs)
listen = Listen
listen-all = Listen to all
listen-pause = Pause
listen-resume = Continue
listen-stop = Stop
listen-no-voice = This phone has no voice that reads { $language } without the internet.
listen-in = Listen in { $language }

# The Words screen (src/screens/words.rs)
words-title = Words explained
words-intro = Some words in Ruta are hard. Here they are in plain words.
words-note = These explanations are ours, in plain words. They are not the text of the Guidelines.
words-here = Hard words here:

# One entry per [[word]] of content/words.toml: the word, OUR plain explanation, the forms to find in texts.
word-asylum = Asylum
word-asylum-plain = Protection that another country gives you when it is not safe for you to go back to your own country. You ask for it once you are outside your country.
word-asylum-find = asylum
word-refugee = Refugee
word-refugee-plain = She had to run away from her country. She cannot go back, because she would be in danger there. Many laws protect refugees.
word-refugee-find = refugee
word-non-refoulement = Non-refoulement
word-non-refoulement-plain = No country may send you back to a place where your life or your freedom is in danger, or where you could be tortured.
word-non-refoulement-find = refoulement
word-trafficking = Trafficking
word-trafficking-plain = Someone deceives you, forces you or threatens you, to move you or keep you, and to use you: for work, for sex or for marriage. It is a crime against you.
word-trafficking-find = trafficking, trafficker
word-smuggling = Smuggling
word-smuggling-plain = Someone takes money to take people over a border in secret. This is not trafficking. But a smuggler can put you in danger.
word-smuggling-find = smuggling, smuggler
word-consulate = Consulate
word-consulate-plain = The office of your own country's government in another country. It can give you papers and help. If you are afraid of your own government, you do not have to go there.
word-consulate-find = consulate, consular
word-detention = Detention
word-detention-plain = The authorities keep you in a place and you cannot leave, for example a migration centre. You still have rights there.
word-detention-find = detention, detained
word-deportation = Deportation
word-deportation-plain = A country sends you out. It sends you back to your country, or to another one. It does this even if you do not want to go.
word-deportation-find = deportation, deported, removal
word-irregular = No papers (irregular situation)
word-irregular-plain = You are in a country without the papers that its law asks for to enter, to stay or to work. You still have your human rights.
word-irregular-find = irregular, no papers, undocumented
word-gender-violence = Gender-based violence
word-gender-violence-plain = Harm done to a woman or a girl because she is a woman: hitting, rape, threats, control, forced marriage. It is never your fault.
word-gender-violence-find = gender-based violence, violence against women
word-interpreter = Interpreter
word-interpreter-plain = A person who says in your language what others say, and says in their language what you say. You can ask for one.
word-interpreter-find = interpreter, interpretation
word-referral = Referral
word-referral-plain = A service sends you to another service that can help you better.
word-referral-find = referral, refer
