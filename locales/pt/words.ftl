# Palavras explicadas (issue 16): a tela Palavras (content/words.toml) e o botão Ouvir.
# Listen (src/parts/speak.rs)
listen = Ouvir
listen-all = Ouvir tudo
listen-pause = Pausar
listen-resume = Continuar
listen-stop = Parar
listen-no-voice = Este telefone não tem uma voz que leia em { $language } sem internet.
listen-in = Ouvir em { $language }

# The Words screen (src/screens/words.rs)
words-title = Palavras explicadas
words-intro = Algumas palavras do Ruta são difíceis. Aqui estão em palavras simples.
words-note = Estas explicações são nossas, em palavras simples. Não são o texto das Diretrizes.
words-here = Palavras difíceis aqui:

# One entry per [[word]] of content/words.toml: the word, OUR plain explanation, the forms to find in texts.
word-asylum = Asilo
word-asylum-plain = Proteção que outro país dá a você quando não é seguro voltar para o seu país. Você pede quando já está fora do seu país.
word-asylum-find = asilo
word-refugee = Refugiada
word-refugee-plain = Ela teve que fugir do seu país. Não pode voltar, porque lá corre perigo. As leis protegem as pessoas refugiadas.
word-refugee-find = refugiad
word-non-refoulement = Não devolução
word-non-refoulement-plain = Nenhum país pode mandar você para um lugar de perigo. Lá sua vida ou sua liberdade corre risco, ou podem torturar você.
word-non-refoulement-find = não devolução, non-refoulement
word-trafficking = Tráfico de pessoas
word-trafficking-plain = Alguém engana, força ou ameaça você para levar ou prender você, e para explorar você: no trabalho, no sexo ou num casamento. É um crime contra você.
word-trafficking-find = tráfico de pessoas
word-smuggling = Contrabando de migrantes
word-smuggling-plain = Alguém cobra dinheiro para passar pessoas por uma fronteira sem permissão. Não é tráfico de pessoas. Mas um coiote pode pôr você em perigo.
word-smuggling-find = contrabando de migrantes, tráfico de migrantes, coiote
word-consulate = Consulado
word-consulate-plain = O escritório do governo do seu país em outro país. Ele pode dar documentos e ajuda. Se você tem medo do seu próprio governo, não precisa ir lá.
word-consulate-find = consulado, consular
word-detention = Detenção
word-detention-plain = As autoridades mantêm você num lugar e você não pode sair, por exemplo um centro de migração. Lá você também tem direitos.
word-detention-find = detenção, detida, detido
word-deportation = Deportação
word-deportation-plain = As autoridades de um país tiram você desse país, para o seu país ou para outro, mesmo que você não queira ir.
word-deportation-find = deportação, deportad, expulsão
word-irregular = Sem documentos (situação irregular)
word-irregular-plain = Você está num país sem os documentos que a lei dele pede para entrar, ficar ou trabalhar. Você continua tendo seus direitos humanos.
word-irregular-find = irregular, sem documentos, indocumentad
word-gender-violence = Violência de gênero
word-gender-violence-plain = É o mal feito a uma mulher ou menina por ela ser mulher. Por exemplo: bater, estuprar, ameaçar, controlar, casar à força. Nunca é culpa sua.
word-gender-violence-find = violência de gênero, violência contra as mulheres, violência contra a mulher
word-interpreter = Intérprete
word-interpreter-plain = Pessoa que diz na sua língua o que os outros dizem, e diz na língua deles o que você diz. Você pode pedir um.
word-interpreter-find = intérprete, interpretação
word-referral = Encaminhamento
word-referral-plain = Um serviço manda você para outro que pode ajudar mais.
word-referral-find = encaminhamento, encaminhar
