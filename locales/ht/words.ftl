# Mo yo eksplike (issue 16): ekran Mo yo (content/words.toml) ak bouton Koute a.
# Listen (src/parts/speak.rs)
listen = Koute
listen-all = Koute tout
listen-pause = Poz
listen-resume = Kontinye
listen-stop = Sispann
listen-no-voice = Telefòn sa a pa gen yon vwa ki li { $language } san entènèt.
listen-in = Koute an { $language }

# The Words screen (src/screens/words.rs)
words-title = Mo yo eksplike
words-intro = Gen kèk mo nan Ruta ki difisil. Men yo an mo ki senp.
words-note = Eksplikasyon sa yo se pa nou, an mo ki senp. Se pa tèks Gid yo.
words-here = Mo ki difisil isit la:

# One entry per [[word]] of content/words.toml: the word, OUR plain explanation, the forms to find in texts.
word-asylum = Azil
word-asylum-plain = Pwoteksyon yon lòt peyi ba ou lè li pa an sekirite pou ou retounen nan peyi ou. Ou mande l lè ou deja deyò peyi ou.
word-asylum-find = azil
word-refugee = Refijye
word-refugee-plain = Li te oblije kouri kite peyi li. Li pa ka tounen, paske li t ap an danje la. Lalwa pwoteje moun sa yo.
word-refugee-find = refijye
word-non-refoulement = Pa voye moun tounen nan danje (non-refoulement)
word-non-refoulement-plain = Okenn peyi pa ka voye ou kote lavi ou an danje. Ni kote yo ka fè ou pèdi libète ou, ni kote yo ka tòtire ou.
word-non-refoulement-find = refoulement
word-trafficking = Trafik moun
word-trafficking-plain = Yon moun twonpe ou, fòse ou oswa menase ou. Li deplase ou oswa kenbe ou pou l sèvi ak ou: nan travay, pou sèks, nan maryaj. Se yon krim kont ou.
word-trafficking-find = trafik moun
word-smuggling = Pasaj migran (kontrebann)
word-smuggling-plain = Yon moun pran lajan pou fè yon moun travèse yon fwontyè san pèmisyon ofisyèl. Se pa menm bagay ak trafik moun, men yon pasè ka mete ou an danje.
word-smuggling-find = kontrebann, pasè
word-consulate = Konsila
word-consulate-plain = Biwo gouvènman peyi ou nan yon lòt peyi. Li ka ba ou papye ak èd. Si ou pè gouvènman pa ou, ou pa oblije ale la.
word-consulate-find = konsila
word-detention = Detansyon
word-detention-plain = Otorite yo kenbe ou nan yon kote epi ou pa ka soti, pa egzanp yon sant migrasyon. La tou ou gen dwa.
word-detention-find = detansyon, arete
word-deportation = Depòtasyon
word-deportation-plain = Otorite yon peyi fè ou soti nan peyi a. Yo voye ou nan peyi ou oswa nan yon lòt. Yo fè l menm si ou pa vle.
word-deportation-find = depòtasyon, depòte
word-irregular = San papye (sitiyasyon iregilye)
word-irregular-plain = Ou nan yon peyi san papye lalwa peyi a mande pou antre, rete oswa travay. Ou toujou gen dwa moun ou.
word-irregular-find = san papye, iregilye
word-gender-violence = Vyolans sou fanm (vyolans ki baze sou sèks)
word-gender-violence-plain = Mal yo fè yon fanm oswa yon tifi paske li se fanm: kou, kadejak, menas, kontwòl, maryaj fòse. Se pa janm fòt ou.
word-gender-violence-find = vyolans sou fanm, vyolans ki baze sou sèks
word-interpreter = Entèprèt
word-interpreter-plain = Yon moun ki di ou nan lang ou sa lòt moun di, epi ki di yo nan lang yo sa ou di. Ou ka mande youn.
word-interpreter-find = entèprèt
word-referral = Referans
word-referral-plain = Yon sèvis voye ou bay yon lòt sèvis ki ka ede ou pi byen.
word-referral-find = referans
