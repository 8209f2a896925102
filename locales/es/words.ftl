# Palabras explicadas (issue 16): la pantalla Palabras (content/words.toml) y el control Escuchar.
# Listen (src/parts/speak.rs)
listen = Escuchar
listen-all = Escuchar todo
listen-pause = Pausa
listen-resume = Seguir
listen-stop = Parar
listen-no-voice = Este teléfono no tiene una voz que lea en { $language } sin internet.
listen-in = Escuchar en { $language }

# The Words screen (src/screens/words.rs)
words-title = Palabras explicadas
words-intro = Algunas palabras de Ruta son difíciles. Aquí están con palabras simples.
words-note = Estas explicaciones son nuestras, con palabras simples. No son el texto de los Lineamientos.
words-here = Palabras difíciles aquí:

# One entry per [[word]] of content/words.toml: the word, OUR plain explanation, the forms to find in texts.
word-asylum = Asilo
word-asylum-plain = Protección que te da otro país cuando no es seguro para ti volver a tu país. La pides cuando ya estás fuera de tu país.
word-asylum-find = asilo
word-refugee = Refugiada
word-refugee-plain = Persona que tuvo que huir de su país y no puede volver, porque allí estaría en peligro. El derecho internacional protege a las personas refugiadas.
word-refugee-find = refugiad
word-non-refoulement = No devolución
word-non-refoulement-plain = Ningún país puede enviarte a un lugar donde tu vida o tu libertad están en peligro, o donde te podrían torturar.
word-non-refoulement-find = no devolución, non-refoulement
word-trafficking = Trata de personas
word-trafficking-plain = Alguien te engaña, te obliga o te amenaza para llevarte o retenerte, y para aprovecharse de ti: en el trabajo, en el sexo o en un matrimonio. Es un delito contra ti.
word-trafficking-find = trata
word-smuggling = Tráfico de migrantes
word-smuggling-plain = Alguien cobra dinero por pasar a una persona por una frontera sin permiso oficial. No es lo mismo que la trata, pero un traficante te puede poner en peligro.
word-smuggling-find = tráfico de migrantes, tráfico ilícito, coyote, pollero
word-consulate = Consulado
word-consulate-plain = La oficina del gobierno de tu país en otro país. Te puede dar papeles y ayuda. Si tienes miedo de tu propio gobierno, no tienes que ir.
word-consulate-find = consulado, consular
word-detention = Detención
word-detention-plain = Las autoridades te tienen en un lugar y no puedes salir, por ejemplo una estación migratoria. Allí también tienes derechos.
word-detention-find = detención, detenida, detenido
word-deportation = Deportación
word-deportation-plain = Las autoridades de un país te sacan de ese país, a tu país o a otro, aunque no quieras ir.
word-deportation-find = deportación, deportad, expulsión
word-irregular = Sin papeles (situación irregular)
word-irregular-plain = Estás en un país sin los papeles que su ley pide para entrar, quedarte o trabajar. Sigues teniendo tus derechos humanos.
word-irregular-find = irregular, sin papeles, indocumentad
word-gender-violence = Violencia de género
word-gender-violence-plain = Daño que le hacen a una mujer o a una niña por ser mujer: golpes, violación, amenazas, control, matrimonio forzado. Nunca es tu culpa.
word-gender-violence-find = violencia de género, violencia contra las mujeres
word-interpreter = Intérprete
word-interpreter-plain = Persona que te dice en tu idioma lo que dicen otros, y les dice en su idioma lo que dices tú. Puedes pedir una.
word-interpreter-find = intérprete, interpretación
word-referral = Derivación
word-referral-plain = Un servicio te envía a otro servicio que te puede ayudar mejor.
word-referral-find = derivación, derivar, canaliza
