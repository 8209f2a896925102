### Ruta — mensajes de contenido (español).
### Los ids de mensaje siguen los ids de content/*.toml (ver docs/CONTENT.md).
### Los textos -woman le hablan a ella (tú, frases cortas, palabras comunes); los -official son para
### funcionarias, funcionarios y servicios.
### Los nombres de principios, enfoques y definiciones son los encabezados de los Lineamientos de la CRM;
### cada -gloss es NUESTRA explicación, nunca el texto de los Lineamientos.

## Phases

phase-origin = Origen
phase-origin-desc = Todavía estás en tu país o estás por salir.
phase-transit = Tránsito
phase-transit-desc = Estás en camino y cruzas otros países o fronteras.
phase-destination = Destino
phase-destination-desc = Estás en el país donde quieres vivir, trabajar o pedir protección.
phase-return = Retorno
phase-return-desc = Volviste a tu país o te hicieron volver.

## Situations

situation-violence = Violencia
situation-violence-hint = Alguien te hizo daño, te amenaza o abusó de ti.
situation-trafficking = Engaño o explotación (trata)
situation-trafficking-hint = Alguien te engañó o te obliga a trabajar o a tener sexo, y no puedes irte.
situation-pregnant = Embarazo o lactancia
situation-pregnant-hint = Estás embarazada o das pecho a tu bebé.
situation-children = Viajo con mis hijos
situation-children-hint = Tus hijas o hijos van contigo.
situation-unaccompanied = Niña o adolescente sola
situation-unaccompanied-hint = Tienes menos de 18 años y viajas sin tu mamá, tu papá o un tutor.
situation-asylum = Necesito protección (asilo)
situation-asylum-hint = Tienes miedo de volver a tu país.
situation-no-documents = Sin papeles
situation-no-documents-hint = No tienes permiso ni documentos para estar en este país.
situation-detention = Detenida o retenida
situation-detention-hint = La policía o migración te detuvo o te tiene en un centro.
situation-work = Trabajo y abusos en el trabajo
situation-work-hint = Trabajas o buscas trabajo, o no te pagan.
situation-health = Salud
situation-health-hint = Estás enferma, tienes una herida o necesitas ver a un médico.
situation-disability = Discapacidad
situation-disability-hint = Te cuesta ver, oír, moverte o entender.
situation-indigenous-language = Indígena u otro idioma
situation-indigenous-language-hint = Eres indígena o no hablas bien el idioma del lugar.
situation-lgbti = LGBTI
situation-lgbti-hint = Eres lesbiana, bisexual, trans o intersex.
situation-returned = Retornada o deportada
situation-returned-hint = Volviste, te deportaron o te pueden deportar.
situation-older = Mujer mayor
situation-older-hint = Tienes muchos años y necesitas apoyo especial por tu edad.

## Countries

country-BZ = Belice
country-CA = Canadá
country-CR = Costa Rica
country-DO = República Dominicana
country-SV = El Salvador
country-GT = Guatemala
country-HN = Honduras
country-MX = México
country-NI = Nicaragua
country-PA = Panamá
country-US = Estados Unidos

## Principles (encabezados de los Lineamientos de la CRM; las explicaciones son nuestras)

principle-P1 = Igualdad y no discriminación contra las mujeres
principle-P1-gloss = Las mujeres reciben trato igual, sin importar su nacionalidad, su origen o su situación migratoria.
principle-P2 = Confidencialidad
principle-P2-gloss = La historia y los datos de una mujer se protegen y solo se comparten si ella está de acuerdo.
principle-P3 = No re-victimización
principle-P3-gloss = Los servicios evitan causar nuevo daño, como hacerle repetir su historia o culparla.
principle-P4 = No devolución
principle-P4-gloss = Nadie es enviada a un lugar donde su vida, su seguridad o su libertad corren peligro.
principle-P5 = Responsabilidad compartida
principle-P5-gloss = Los países de origen, tránsito, destino y retorno tienen cada uno su parte en protegerla.
principle-P6 = Multiculturalidad y diversidad
principle-P6-gloss = Los servicios respetan la cultura, el idioma, la identidad y la forma de vida de cada mujer.
principle-P7 = Interés superior del Niño
principle-P7-gloss = Toda decisión sobre una niña o un niño pone primero su bienestar.
principle-P8 = Unidad familiar
principle-P8-gloss = Las familias se mantienen juntas, o reciben ayuda para reunirse si se separaron.
principle-P9 = Presunción de minoría de edad
principle-P9-gloss = Si hay dudas sobre la edad de una persona joven, se la trata como menor hasta aclararlo.
principle-P10 = No detención de niños, niñas y adolescentes
principle-P10-gloss = No se encierra a niñas, niños ni adolescentes por motivos migratorios.

## Approaches (encabezados de los Lineamientos de la CRM; las explicaciones son nuestras)

approach-E1 = Enfoque de derechos humanos
approach-E1-gloss = Las mujeres migrantes tienen derechos sea cual sea su situación, y los Estados tienen deberes hacia ellas.
approach-E2 = Enfoque de igualdad de género
approach-E2-gloss = Buscar las desigualdades de género en leyes y servicios, y corregirlas.
approach-E3 = Enfoque intergeneracional
approach-E3-gloss = Tener en cuenta lo que necesitan niñas, adolescentes, mujeres adultas y mujeres mayores.
approach-E4 = Enfoque de interseccionalidad
approach-E4-gloss = Ver cómo se suman varias discriminaciones, como el origen étnico, la edad, la discapacidad o la situación migratoria.
approach-E5 = Enfoque contextual
approach-E5-gloss = Adaptar la respuesta a la realidad local y nacional.
approach-E6 = Enfoque intercultural
approach-E6-gloss = Respetar la diversidad de culturas e idiomas, incluidos los pueblos indígenas.
approach-E7 = Enfoque transnacional
approach-E7-gloss = Reconocer vidas y familias que están en varios países, y coordinar entre fronteras.
approach-E8 = Enfoque de intersectorialidad
approach-E8-gloss = Salud, justicia, migración, servicios sociales y otros trabajan juntos.
approach-E9 = Enfoque de inclusión
approach-E9-gloss = Asegurar que ningún grupo de mujeres quede fuera de los servicios.

## Definitions (encabezados del documento de trabajo de los Lineamientos; las explicaciones son nuestras)

definition-D1 = Adolescente
definition-D1-gloss = Persona joven en la adolescencia; la edad exacta depende de la ley de cada país.
definition-D2 = Atención inmediata
definition-D2-gloss = Primera ayuda para lo urgente, como seguridad, salud, albergue y comida, en cuanto se la identifica.
definition-D3 = Atención integral
definition-D3-gloss = Apoyo coordinado de salud, psicosocial, legal, social y económico que atiende a la persona completa.
definition-D4 = Detección
definition-D4-gloss = Cuando el personal se da cuenta de que una mujer o niña necesita protección, por ejemplo por violencia o trata.
definition-D5 = Empoderamiento
definition-D5-gloss = Proceso por el que las mujeres ganan autonomía, recursos y poder para decidir y ejercer sus derechos.
definition-D6 = Medios de vida sostenibles
definition-D6-gloss = Capacidades, recursos y actividades que dan un ingreso estable y resisten las crisis.
definition-D7 = Migración de retorno
definition-D7-gloss = Volver al país de origen, por decisión propia o de forma forzada.
definition-D8 = Migración forzosa
definition-D8-gloss = Desplazarse por coacción o por una amenaza a la vida o al sustento.
definition-D9 = Migrante
definition-D9-gloss = Persona que se va del lugar donde vive habitualmente.
definition-D10 = Mujer migrante en situación irregular
definition-D10-gloss = Mujer que no tiene permiso según la ley del país para entrar, quedarse o trabajar.
definition-D11 = Niña
definition-D11-gloss = Menor de edad que todavía no llega a la adolescencia.
definition-D12 = Niñas y adolescentes migrantes acompañados
definition-D12-gloss = Niñas que viajan con su madre, su padre o su tutor legal.
definition-D13 = Niñas y adolescentes migrantes no acompañados
definition-D13-gloss = Niñas separadas de su madre, su padre y otros parientes, sin una persona adulta a cargo.
definition-D14 = Niñas y adolescentes migrantes separados
definition-D14-gloss = Niñas separadas de su madre, su padre o quien las cuida, aunque quizá estén con otros parientes.
definition-D15 = Niñas y adolescentes víctimas de trata de personas
definition-D15-gloss = Niñas captadas, trasladadas o retenidas para explotarlas.
definition-D16 = Niñas y adolescentes refugiados
definition-D16-gloss = Niñas reconocidas como refugiadas o que piden esa protección.
definition-D17 = Niñas y adolescentes retornadas
definition-D17-gloss = Niñas devueltas o que regresan a su país de origen.
definition-D18 = País de origen
definition-D18-gloss = El país del que viene una persona migrante.
definition-D19 = País de tránsito
definition-D19-gloss = Un país que se cruza en el camino hacia el destino.
definition-D20 = País de destino
definition-D20-gloss = El país donde una persona migrante piensa quedarse.
definition-D21 = País de retorno
definition-D21-gloss = El país al que una persona vuelve, casi siempre su país de origen.
definition-D22 = Protección
definition-D22-gloss = Medidas legales, físicas y psicosociales para que se respeten sus derechos.
definition-D23 = Recepción
definition-D23-gloss = Los trámites de llegada y los primeros servicios para quienes retornan.
definition-D24 = Reintegración
definition-D24-gloss = Volver a establecerse en lo social, lo económico y lo emocional después del retorno.
definition-D25 = Ruta crítica de protección y asistencia
definition-D25-gloss = Los pasos e instituciones que recorre una mujer para recibir protección y ayuda (una ruta de derivación).
definition-D26 = Violencia contra la mujer
definition-D26-gloss = Todo acto basado en el género que causa muerte o daño físico, sexual o psicológico a las mujeres, en lo público o lo privado.
definition-D27 = Violencia de género (VG)
definition-D27-gloss = Violencia que nace de las normas de género o que se dirige a alguien por su género.

## Actors

actor-MIG = Autoridad migratoria
actor-BOR = Personal de frontera
actor-CON = Consulados
actor-HEA = Servicios de salud
actor-JUS = Justicia y policía
actor-WOM = Instituto o mecanismo nacional de la mujer
actor-CHP = Protección de la niñez
actor-LAB = Autoridad laboral
actor-CSO = Sociedad civil y albergues
actor-ORI-GOV = Autoridades del país de origen
actor-REG = Registro civil
actor-SCH = Escuelas
actor-ALL = Todos los servicios de primera línea

## Sources

source-SR19 = Relatoría Especial de la ONU sobre migrantes, A/74/191 (2019)
source-SR41 = Relatoría Especial de la ONU sobre migrantes, A/HRC/41/38 (2019)
source-SR73 = Relatoría Especial de la ONU sobre migrantes, A/73/178/Rev.1 (2018)
source-SR38 = Relatoría Especial de la ONU sobre migrantes, A/HRC/38/41 (2018)
source-SR75 = Relatoría Especial de la ONU sobre migrantes, A/75/183 (2020)
source-SR79 = Informe de la ONU sobre niñez y familias migrantes, A/79/213 (2024)
source-SR72 = Relatoría Especial de la ONU sobre migrantes, A/72/173 (2017)
source-SR71 = Relatoría Especial de la ONU sobre migrantes, A/71/285 (2016)
source-SR76 = Relatoría Especial de la ONU sobre migrantes, A/76/257 (2021)
source-GR26 = Recomendación general n.º 26 del Comité CEDAW (trabajadoras migratorias, 2008)
source-GR32 = Recomendación general n.º 32 del Comité CEDAW (asilo y nacionalidad, 2014)
source-GR35 = Recomendación general n.º 35 del Comité CEDAW (violencia por razón de género, 2017)
source-GR38 = Recomendación general n.º 38 del Comité CEDAW (trata, 2020)
source-BDP = Convención de Belém do Pará (1994)
source-PP = Protocolo de Palermo sobre trata de personas (2000)
source-RC51 = Convención sobre el Estatuto de los Refugiados (1951) y Protocolo de 1967
source-CART = Declaración de Cartagena sobre Refugiados (1984)
source-ICRMW = Convención sobre los derechos de los trabajadores migratorios y sus familias (1990)
source-VCCR = Convención de Viena sobre Relaciones Consulares (1963)
source-CEDAW = Convención CEDAW (1979)
source-JGC3 = Observación general conjunta n.º 3 (CMW) / n.º 22 (CRC) (2017)
source-JGC4 = Observación general conjunta n.º 4 (CMW) / n.º 23 (CRC) (2017)
source-CRCv = Comité de los Derechos del Niño, dictámenes sobre determinación de la edad (2018–2019)
source-GC6 = Comité de los Derechos del Niño, Observación general n.º 6 (2005)
source-CO = Comités de la ONU, observaciones finales sobre países de la CRM
source-OC18 = Corte Interamericana, Opinión Consultiva OC-18/03 (2003)
source-OC21 = Corte Interamericana, Opinión Consultiva OC-21/14 (2014)
source-IACHR19 = CIDH, Principios interamericanos sobre migrantes, Res. 04/19 (2019)
source-GCM = Pacto Mundial para la Migración (2018)
source-UNW = Guía de ONU Mujeres para aplicar el Pacto Mundial con enfoque de género (2021)
source-GA64 = Asamblea General de la ONU, resolución 64/139 (2009)
source-GA66 = Asamblea General de la ONU, resolución 66/128 (2011)
source-GA72 = Asamblea General de la ONU, resolución 72/149 (2017)
source-GA65 = Asamblea General de la ONU, resolución 65/228 (2010)
source-GA71 = Asamblea General de la ONU, resolución 71/177 (2016)
source-RCM-ID = CRM, lineamientos para identificar y referir a migrantes en situación de vulnerabilidad (2013)
source-RCM-NNA = CRM, lineamientos para la protección integral de la niñez y adolescencia migrante (2016)
source-MISP = Paquete de Servicios Iniciales Mínimos de salud reproductiva en crisis (PSIM)
source-Sphere = Manual Esfera, norma de salud sexual y reproductiva
source-CMR = OMS/ACNUR, Gestión clínica de sobrevivientes de violación (2001)
source-MSF = Médicos Sin Fronteras (MSF), atención tras violencia sexual
source-MICIC = Directrices MICIC (migrantes en países en crisis)
source-GIP1 = ACNUR, Directrices sobre protección internacional n.º 1 (género, 2002)
source-GIP9 = ACNUR, Directrices sobre protección internacional n.º 9 (orientación sexual e identidad de género, 2012)

## Rights

right-R01-title = Iguales derechos, con o sin papeles
right-R01-woman = Según las normas internacionales, tus derechos no dependen de tus papeles. Nadie puede tratarte peor por ser mujer o extranjera.
right-R01-official = Una mujer migrante es titular de sus derechos humanos sea cual sea su situación migratoria. Autoridades y servicios no deben discriminarla por sexo, nacionalidad, origen étnico o falta de documentos.

right-R02-title = Pedir asilo
right-R02-woman = ¿Temes que te hagan daño en tu país? Puedes pedir protección a otro país. Esto se llama asilo. Se pide cuando ya estás fuera de tu país. Puedes hacer tu propia solicitud, aunque viajes con tu familia.
right-R02-official = La mujer que teme persecución o daño grave, incluida la persecución por motivos de género, puede solicitar protección como refugiada y que su solicitud se examine aparte de la de su familia. Donde la ley nacional recoge la definición regional (Cartagena), también cuenta huir de la violencia generalizada o de violaciones masivas de derechos humanos.

right-R03-title = No ser devuelta al peligro
right-R03-woman = Las normas internacionales prohíben mandarte donde te puedan matar o dañar. Primero deben revisar tu caso. Pregunta a un servicio de la lista de contactos cómo funciona en este país.
right-R03-official = Según las normas internacionales, ninguna mujer puede ser expulsada, rechazada en la frontera o devuelta a un lugar donde su vida o su libertad estén amenazadas o donde pueda sufrir tortura u otro daño irreparable. Cada caso exige una evaluación individual; las expulsiones colectivas están prohibidas.

right-R04-title = Sin castigo por cruzar para huir
right-R04-woman = ¿Cruzaste sin papeles para huir del peligro? Las normas internacionales dicen que no deben castigarte por eso. Para eso, ve pronto a las autoridades y cuenta por qué huiste. Pregunta a un servicio de la lista de contactos cómo funciona en este país.
right-R04-official = Según las normas internacionales, la refugiada que llega directamente desde el peligro y se presenta sin demora ante las autoridades no debe ser sancionada por su entrada o estancia irregular. La entrada irregular debe tratarse como falta administrativa, no como delito.

right-R05-title = Una vida libre de violencia
right-R05-woman = Nadie tiene derecho a pegarte, amenazarte o abusar de ti. Ni tu pareja, ni un coyote, ni un jefe, ni un agente. Puedes pedir protección.
right-R05-official = Tiene derecho a protección frente a la violencia física, sexual y psicológica, venga de su pareja, de particulares o de agentes del Estado. Los Estados deben tener especialmente en cuenta el mayor riesgo de las mujeres migrantes, refugiadas y desplazadas.

right-R06-title = Denunciar y recibir ayuda legal
right-R06-woman = Puedes denunciar violencia, robo o abuso, aunque no tengas papeles. Puedes pedir un abogado y un intérprete. Antes de dar tus datos, pregunta si se los pasan a migración.
right-R06-official = Puede denunciar delitos y abusos, recibir asistencia jurídica e interpretación y acudir a tribunales y mecanismos de queja sin importar su situación migratoria. Policía, tribunales y servicios a víctimas no deberían pasar sus datos a las autoridades de control migratorio.

right-R07-title = Ayuda si eres víctima de trata
right-R07-woman = Si alguien te engañó u obligó a trabajar o a tener sexo, puedes pedir ayuda. Puedes pedir un lugar seguro, atención médica y consejo. Las normas internacionales dicen que la ayuda no debe depender de una denuncia.
right-R07-official = Según las normas internacionales, si hay motivos razonables para creer que es víctima de trata, debe recibir asistencia y protección de inmediato. La ayuda no puede depender de su situación migratoria, de que se encuentre al responsable ni de que colabore con la acusación.

right-R08-title = Atención médica de urgencia
right-R08-woman = En una urgencia, ve a un servicio de salud, aunque no tengas papeles. Las normas internacionales dicen que no deben negarte la atención urgente por no tener papeles. Pregunta a un servicio de la lista de contactos cómo funciona en este país.
right-R08-official = Según las normas internacionales, la atención médica urgente necesaria para preservar su vida o evitar daños irreparables no puede negarse por estancia o empleo irregular. No debe ser discriminada por embarazo o parto.

right-R09-title = Salud sexual, embarazo y parto
right-R09-woman = Puedes pedir atención en el embarazo y el parto, anticonceptivos y pruebas de VIH. Después de una violación, ve rápido a un servicio de salud. Algunas medicinas solo sirven en los primeros 3 a 5 días.
right-R09-official = Debe tener acceso a servicios de salud sexual y reproductiva, incluidos planificación familiar, control prenatal, parto y posparto, prevención y tratamiento del VIH y otras ITS, y atención clínica tras violencia sexual, en países de tránsito y destino y sin consecuencias migratorias.

right-R10-title = Tus datos son privados
right-R10-woman = Lo que cuentas en salud, en un albergue o en servicios a víctimas debe quedar en privado. Puedes preguntar quién lo va a ver.
right-R10-official = Según las normas internacionales, su identidad, su relato y sus datos personales deben mantenerse confidenciales. La información que recogen los servicios de salud, educación, albergue o atención a víctimas no debería usarse para el control migratorio.

right-R11-title = Información en tu idioma
right-R11-woman = Tienes derecho a entender lo que pasa. Puedes pedir un intérprete que hable tu idioma. No firmes nada que no entiendas.
right-R11-official = Los procedimientos, las decisiones y sus derechos deben explicársele en un idioma que entienda, con intérpretes calificados cuando haga falta, incluidas las lenguas indígenas y los formatos accesibles.

right-R12-title = Ayuda de tu consulado
right-R12-woman = El consulado de tu país puede ayudarte con papeles, problemas legales, detención o regreso. Si te detienen, puedes pedir que avisen a tu consulado. Solo lo hacen si tú quieres.
right-R12-official = Puede pedir protección y asistencia a su consulado, sobre todo si se violan sus derechos, si está detenida o antes de una expulsión. Si la detienen, debe informársele sin demora que puede pedir que se avise a su consulado; solo se avisa si ella lo pide, lo que importa si teme a su propio Estado.

right-R13-title = Detención solo como último recurso
right-R13-woman = Según las normas internacionales, detener por falta de papeles debe ser el último recurso. Si te detienen, puedes preguntar por qué. Puedes pedir abogado, intérprete, tu consulado y asilo. Puedes pedir que te separen de hombres que no conoces.
right-R13-official = Según las normas internacionales, la detención migratoria debe ser el último recurso: legal, necesaria, proporcionada, decidida caso por caso y lo más corta posible, prefiriendo alternativas sin privación de libertad. Si está detenida, debe estar separada de hombres ajenos a su familia, recibir higiene y salud adecuadas a su género y tener acceso a abogado, intérprete, consulado, procedimiento de asilo y supervisión independiente.

right-R14-title = No encerrar a niñas y niños
right-R14-woman = Las normas internacionales dicen que no deben encerrar a niñas y niños por migración. Puedes pedir estar con tus hijos en un lugar seguro, no en una celda.
right-R14-official = Según las normas internacionales, niñas, niños y adolescentes, solos o con su familia, no deben estar en detención migratoria, y la unidad familiar no justifica detenerlos. Las familias deben permanecer juntas en alternativas comunitarias sin privación de libertad mientras se resuelve su caso.

right-R15-title = Primero el bienestar de niñas y niños
right-R15-woman = Según las normas internacionales, el bienestar de niñas y niños va primero en las decisiones. Si dices que tienes menos de 18 años, deberían tratarte como menor. Así hasta que revisen tu edad de forma justa. Puedes reclamar el resultado.
right-R15-official = Según las normas internacionales, en toda decisión que afecte a una niña o un niño, incluidas la ubicación, el procedimiento y el retorno, su interés superior es una consideración primordial evaluada caso por caso; los fines de control migratorio no pueden prevalecer. Quien dice ser menor de edad es tratada como tal, con el beneficio de la duda, hasta una evaluación integral de la edad que pueda impugnar.

right-R16-title = Estar con tu familia
right-R16-woman = Tienes derecho a estar con tus hijos. Si perdiste contacto con tu familia, puedes pedir ayuda para encontrarla y volver a estar juntos.
right-R16-official = Las autoridades deben evitar separarla de sus hijos o de su familia, ayudar a localizar y reunir a quienes se separaron y eliminar obstáculos injustificados a la reunificación familiar.

right-R17-title = Derechos en el trabajo, con o sin papeles
right-R17-woman = Las normas internacionales dicen que todo trabajo se paga, aunque no tengas permiso. Ningún jefe puede quedarse con tu pasaporte. Puedes reclamar lo que te deben, incluso desde tu país. Pregunta a un servicio de la lista de contactos cómo funciona en este país.
right-R17-official = Según las normas internacionales, como trabajadora tiene derecho a un salario y condiciones no menos favorables que los de las personas nacionales, y su situación irregular no libera al empleador de sus obligaciones. Los salarios adeudados se mantienen tras la expulsión, y solo funcionarios autorizados, nunca empleadores, pueden retener documentos de identidad.

right-R18-title = Documentos y registro de nacimiento
right-R18-woman = Puedes registrar a tu bebé donde nace. Las normas internacionales dicen que no debe depender de tus papeles. Fuera de tu país, tu consulado también puede ayudarte con documentos.
right-R18-official = Toda niña o niño tiene derecho a un nombre, a la inscripción de su nacimiento y a una nacionalidad, sea cual sea la situación de sus padres, y las mujeres tienen igual derecho a transmitir su nacionalidad. Su país de origen debe expedir los documentos de identidad y de viaje que necesite.

right-R19-title = Escuela y servicios básicos
right-R19-woman = Las normas internacionales dicen que tus hijos pueden ir a la escuela sin papeles. Deberías poder usar la salud y otros servicios básicos sin miedo. Pregunta a un servicio de la lista de contactos cómo funciona en este país.
right-R19-official = Sus hijas e hijos tienen derecho a la educación en igualdad de condiciones, sea cual sea su situación o la de ella. Ella debe tener acceso seguro a servicios básicos como salud, vivienda y protección social, sin controles migratorios que la disuadan.

right-R20-title = Regreso seguro y apoyo al llegar
right-R20-woman = Si regresas o te regresan, deberían tratarte con dignidad. Al llegar puedes pedir ayuda. Por ejemplo: salud, apoyo emocional, consejo legal y apoyo para trabajar o estudiar.
right-R20-official = Siempre puede entrar y permanecer en su propio país. Todo retorno debe ser seguro, digno y de preferencia voluntario, basado en una evaluación individual y teniendo en cuenta los procesos pendientes; al regresar debe recibir apoyo de reintegración según sus necesidades.

right-R21-title = Apoyo después de violencia o trata
right-R21-woman = Si sufriste violencia o trata, puedes pedir un lugar seguro donde estar. También puedes pedir ver a un médico, hablar con alguien, consejo legal y ayuda con comida.
right-R21-official = Una sobreviviente de violencia o trata debe tener acceso a alojamiento seguro, orientación en su idioma, atención médica y psicológica, asistencia legal y consular y apoyo material, con enfoque de género y de forma adecuada a su cultura y su idioma.

right-R22-title = Un permiso que no dependa de tu agresor
right-R22-woman = ¿Tu permiso depende de una pareja o un jefe que te maltrata? Pregunta si puedes tener tu propio permiso. Las víctimas de trata o violencia a veces pueden quedarse de forma legal.
right-R22-official = La mujer cuya residencia depende de un cónyuge o empleador abusivo debe poder solicitar una residencia propia. Las víctimas de trata pueden obtener permiso para quedarse de forma temporal o permanente, y puede haber vías de regularización para sobrevivientes de violencia de género y explotación.

right-R23-title = Información sobre tus derechos
right-R23-woman = Puedes pedir información clara sobre tus derechos, los riesgos del camino y dónde buscar ayuda. Pregunta antes de salir, en el camino y al llegar.
right-R23-official = Antes de salir, en tránsito y al llegar debe recibir información exacta sobre vías regulares de migración, riesgos como la violencia de género y la trata, sus derechos, dónde pedir ayuda, números de emergencia y los procedimientos que le aplican.

right-R24-title = Mujeres LGBTI: seguridad y respeto
right-R24-woman = Tienes los mismos derechos que todas las personas. ¿Corres peligro por a quién amas o por quién eres? Puedes pedir asilo. En un albergue, puedes pedir un lugar seguro que respete tu identidad de género.
right-R24-official = Las mujeres lesbianas, bisexuales, trans e intersex sufren discriminaciones que se cruzan. Sus solicitudes de asilo deben evaluarse de forma adecuada, y en recepción o detención deben ubicarse según su identidad de género y estar protegidas del abuso.

right-R25-title = Un proceso justo antes de deportarte
right-R25-woman = Las normas internacionales prohíben deportar en grupo sin revisar cada caso. Puedes pedir la decisión por escrito y en tu idioma. Puedes pedir que la revisen.
right-R25-official = Según las normas internacionales, la expulsión debe decidirla caso por caso una autoridad competente conforme a la ley, comunicarse con sus motivos en un idioma que ella entienda y poder recurrirse. La expulsión colectiva está prohibida.

right-R26-title = Libre de salir de tu país
right-R26-woman = Tienes derecho a salir de tu país. Según las normas internacionales, para viajar o trabajar fuera no necesitas permiso de un hombre. Nadie debería obligarte a hacer una prueba de embarazo o de VIH para salir.
right-R26-official = Es libre de salir de cualquier país, incluido el suyo. Las prohibiciones según el sexo, el requisito de permiso de un hombre y las pruebas obligatorias de embarazo o VIH discriminan a las mujeres y las empujan a rutas más peligrosas.

right-R27-title = Respeto y no repetir tu historia
right-R27-woman = Tú decides qué hacer. No deberías tener que contar tu historia una y otra vez. Puedes pedir una pausa, una mujer que te atienda o alguien que te acompañe.
right-R27-official = Debe ser tratada con dignidad, como titular de derechos cuyas decisiones se respetan, sin revivir el trauma por procedimientos repetidos u hostiles. El apoyo no puede depender de que participe en un proceso.

right-R28-title = Apoyo adaptado a lo que necesitas
right-R28-woman = ¿Estás embarazada o eres mayor? ¿Tienes una discapacidad o hablas una lengua indígena? Puedes pedir una ayuda que se adapte a ti.
right-R28-official = Se debe prestar especial atención a las mujeres embarazadas, con discapacidad, niñas, mayores, indígenas o de minorías étnicas, o privadas de libertad. Los servicios y la información deben ser accesibles para ellas.

## Actions

action-A01-title = Detectar riesgos desde el primer contacto
action-A01-official = En el primer contacto, el personal busca señales de violencia, trata, niñez no acompañada, necesidad de protección, embarazo o discapacidad, con indicadores conocidos y sin exigir pruebas fuertes.
action-A01-woman = Puedes decir si estás en peligro, si estás herida o si vas a tener un bebé. Te deben oír y llevar a quien te pueda ayudar.

action-A02-title = Derivar al servicio adecuado
action-A02-official = Cada caso se deriva al servicio competente mediante un mecanismo o protocolo de derivación con enfoque de género y sensible a la niñez, y se le da seguimiento.
action-A02-woman = Puedes pedir que te envíen al servicio que te puede ayudar. Pide un nombre, una dirección o un teléfono.

action-A03-title = Mujeres funcionarias en fronteras y centros
action-A03-official = Se contratan y asignan funcionarias y personal femenino en fronteras, puntos de recepción y lugares de detención.
action-A03-woman = Puedes pedir hablar con una funcionaria mujer.

action-A04-title = Entrevista a solas y solicitud propia
action-A04-official = Se la entrevista en privado, aparte de familiares o acompañantes hombres, ofreciéndole entrevistadora e intérprete mujeres; puede presentar su propia solicitud de asilo.
action-A04-woman = Puedes pedir una entrevista a solas, sin tu pareja ni tu familia. Puedes pedir que te entreviste una mujer, con una intérprete mujer. Puedes pedir asilo por tu cuenta.

action-A05-title = Intérprete e información clara
action-A05-official = Se ofrece interpretación calificada e información en un idioma y formato que ella entienda, incluidas lenguas indígenas, formatos para baja alfabetización y formatos accesibles para personas con discapacidad.
action-A05-woman = Puedes pedir un intérprete en tu idioma, también en lengua indígena. Puedes pedir que te expliquen con palabras sencillas, o en voz alta si no lees.

action-A06-title = Protección inmediata y albergue
action-A06-official = Se brinda protección inmediata: evaluación de seguridad y riesgo, albergue de emergencia, comida, ropa y primera atención médica y psicosocial.
action-A06-woman = Si estás en peligro, puedes pedir un lugar seguro para dormir, comida y ropa. También puedes pedir primeros auxilios y alguien con quien hablar.

action-A07-title = Atención médica después de una violación
action-A07-official = La atención clínica tras una violación se da lo antes posible: profilaxis posexposición al VIH dentro de las 72 horas (tratamiento de 28 días), anticoncepción de emergencia dentro de 5 días (120 horas), prevención o tratamiento de ITS, vacuna contra hepatitis B (primera dosis dentro de 3 meses) y tétanos según el caso, curación de heridas y primeros auxilios psicológicos. La atención no debería depender de una denuncia policial.
action-A07-woman = Después de una violación, ve a un servicio de salud lo antes posible. La medicina contra el VIH solo sirve en los primeros 3 días. La pastilla para no quedar embarazada sirve hasta 5 días. Las guías internacionales dicen que la atención no debe esperar una denuncia.

action-A08-title = Atención en el embarazo y salud sexual
action-A08-official = Se presta atención materna y de salud sexual y reproductiva sin importar la situación migratoria: control prenatal y posparto, derivación las 24 horas a atención obstétrica y neonatal de emergencia, kits de parto limpio para embarazadas visibles en tránsito, anticoncepción y servicios de VIH e ITS.
action-A08-woman = Puedes pedir controles en el embarazo y después del parto, aunque no tengas papeles. Si estás embarazada y en camino, puedes pedir un kit de parto limpio. También puedes pedir anticonceptivos y pruebas de VIH.

action-A09-title = Sin control migratorio en los servicios
action-A09-official = Los servicios de salud, educación, albergue, atención a víctimas y justicia no preguntan ni informan sobre la situación migratoria y protegen los datos personales (cortafuegos).
action-A09-woman = Antes de dar tus datos, pregunta si el servicio los pasa a migración. Las normas internacionales dicen que salud, escuelas y albergues no deberían denunciarte.

action-A10-title = Atender como posible víctima de trata
action-A10-official = Se trata a la persona como víctima de trata cuando hay motivos razonables: se la asiste sin importar si colabora, su situación migratoria o el proceso penal, se protege su identidad y se le ofrecen recuperación y opciones para quedarse.
action-A10-woman = Si alguien te explota, puedes pedir ayuda aunque no lo denuncies. Deberían guardar tu nombre en secreto. Puedes preguntar cómo quedarte en el país.

action-A11-title = Informar y registrar la solicitud de asilo
action-A11-official = Se le informa de su derecho a pedir asilo, se registra y deriva su solicitud y se evalúa la persecución por motivos de género (y los motivos de la definición regional donde la ley nacional los incluye).
action-A11-woman = Puedes decirle a cualquier agente de frontera o migración que quieres pedir asilo. Las normas internacionales dicen que deben anotar tu pedido y enviarlo. La violencia contra ti por ser mujer puede ser motivo de asilo.

action-A12-title = Revisar los riesgos antes de un retorno
action-A12-official = Según las normas internacionales, antes de cualquier retorno se hace una evaluación individual de riesgos, incluidos los propios del género como violencia sexual, violencia doméstica y nueva trata, con debido proceso y un recurso efectivo; sin expulsiones colectivas.
action-A12-woman = Antes de que te regresen, puedes contar qué peligros te esperan. Las normas internacionales dicen que deben revisar tu caso. Puedes pedir que revisen la decisión. Pregunta a un servicio de la lista de contactos cómo funciona en este país.

action-A13-title = Alternativas a la detención y condiciones seguras
action-A13-official = Se usan alternativas sin privación de libertad. Si la detención es inevitable, es el último recurso y por el menor tiempo, con separación de hombres ajenos a su familia, agua, saneamiento, higiene y salud reproductiva adecuados a su género, acceso a abogado, intérprete, consulado, asilo y supervisión independiente, y respeto de la identidad de género.
action-A13-woman = Si te detienen, puedes pedir estar lejos de hombres que no conoces. Puedes pedir toallas sanitarias, agua limpia y un médico. Puedes pedir un abogado, tu consulado o asilo.

action-A14-title = No detener a niñas y niños
action-A14-official = Según las normas internacionales, nunca se detiene a niñas, niños ni adolescentes por motivos migratorios, ni solos ni con su familia; las familias se ubican en alternativas comunitarias sin privación de libertad, bajo la conducción de protección de la niñez.
action-A14-woman = A tus hijos no deberían encerrarlos. Puedes pedir estar con ellos en un lugar seguro, como un albergue.

action-A15-title = Interés superior y tutor
action-A15-official = Antes de decidir la ubicación o el retorno se evalúa o determina el interés superior; a la niñez no acompañada o separada se le nombra un tutor y un representante legal en cuanto se la identifica, y se la escucha.
action-A15-woman = ¿Tienes menos de 18 años y estás sola? Puedes pedir una persona adulta que te ayude y hable por ti, y un abogado. Las normas internacionales dicen que deben escucharte antes de decidir adónde vas.

action-A16-title = Una revisión justa de la edad
action-A16-official = Según las normas internacionales, la edad se evalúa solo si hay dudas, de forma integral, multidisciplinaria, con enfoque de género y adecuada a la cultura; la persona recibe el beneficio de la duda, se la trata como menor mientras tanto y puede recurrir.
action-A16-woman = Las normas internacionales te protegen si dudan de tu edad. Deberían tratarte como menor mientras lo revisan. La revisión debe ser respetuosa. Puedes reclamar el resultado.

action-A17-title = Informar del derecho a avisar al consulado
action-A17-official = Al arrestarla o detenerla se le informa sin demora que puede pedir que se avise a su consulado; solo se notifica si ella lo pide, y se transmiten sus comunicaciones.
action-A17-woman = Si te detienen, deberían decirte que puedes avisar a tu consulado. Solo avisan al consulado si tú quieres.

action-A18-title = Ayuda consular para mujeres en riesgo
action-A18-official = Los consulados identifican y asisten a sus nacionales en situación de vulnerabilidad (violencia de género, trata, explotación laboral, delitos) con personal formado en género y líneas de ayuda, expiden documentos de identidad y de viaje y registran nacimientos en el exterior.
action-A18-woman = Tu consulado puede ayudarte si sufres violencia, abuso en el trabajo o un delito. Puede darte documentos y registrar a tu bebé. Puedes llamar o ir.

action-A19-title = Denuncias, ayuda legal y medidas de protección
action-A19-official = Se reciben denuncias sin importar la situación migratoria; se brindan asistencia jurídica, interpretación, órdenes de protección y apoyo a la víctima durante todo el proceso, y no se la sanciona si decide no participar.
action-A19-woman = Puedes denunciar aunque no tengas papeles. Puedes pedir ayuda legal, un intérprete y una orden para que el agresor no se acerque.

action-A20-title = Protección laboral y salarios no pagados
action-A20-official = La inspección laboral apunta a los empleadores que explotan, no a las trabajadoras; las trabajadoras del hogar tienen vías de queja accesibles; los salarios pueden reclamarse también tras el retorno; se frena la retención de pasaportes.
action-A20-woman = Puedes quejarte del abuso en el trabajo, también si trabajas en una casa. Puedes reclamar salarios no pagados, incluso después de volver. Las normas internacionales dicen que tu jefe no puede quedarse con tu pasaporte.

action-A21-title = Información antes de salir
action-A21-official = Antes de la salida, los servicios del país de origen informan sobre derechos, vías regulares, riesgos de violencia de género y trata, números de emergencia y cómo contactar a los consulados.
action-A21-woman = Antes de salir, pregunta cómo viajar seguro. Pregunta por los riesgos, tus derechos y dónde pedir ayuda. Pide los teléfonos de tu consulado y de emergencia.

action-A22-title = Quitar reglas injustas de salida y vigilar reclutadoras
action-A22-official = Los países de origen eliminan las reglas de salida discriminatorias (permiso de un hombre, prohibiciones según el sexo, pruebas obligatorias de embarazo o VIH) y regulan y supervisan las agencias de reclutamiento.
action-A22-woman = No deberías necesitar permiso de un hombre ni una prueba de embarazo o de VIH para salir. Las agencias de empleo deben estar vigiladas.

action-A23-title = Registro de nacimiento y documentos
action-A23-official = Se inscribe todo nacimiento sin importar la situación de los padres; se expiden documentos de identidad; se ofrece registro móvil en zonas de frontera y los consulados registran a sus nacionales.
action-A23-woman = Puedes registrar a tu bebé aunque no tengas papeles. Fuera de tu país, tu consulado también te puede dar papeles.

action-A24-title = Un retorno seguro y preparado
action-A24-official = El retorno se organiza como un proceso individual, seguro, digno y de preferencia voluntario, que tiene en cuenta los procesos pendientes: se expiden documentos de viaje, se la prepara antes de salir y se la entrega a los servicios de recepción (protección de la niñez en el caso de niñas y niños).
action-A24-woman = Si te regresan, puedes preguntar cuándo y cómo será. Puedes pedir papeles de viaje y que un servicio de apoyo te reciba al llegar.

action-A25-title = Recepción y un plan para empezar de nuevo
action-A25-official = Al retorno, las autoridades de origen y sus aliados brindan recepción y un plan individual de reintegración (albergue, atención médica y psicosocial incluida salud sexual y reproductiva y servicios por violencia de género, ayuda legal, educación, formación, medios de vida, orientación familiar), combaten el estigma y la protegen de quienes la hicieron huir.
action-A25-woman = Al volver, puedes pedir un lugar donde quedarte, atención médica y alguien con quien hablar. Puedes pedir ayuda con papeles, estudios, cursos o trabajo. Si tienes miedo de alguien, avísales.

action-A26-title = Mantener unidas y reunir a las familias
action-A26-official = Las familias se mantienen juntas; se busca y reúne a quienes se separaron según el interés superior de la niñez, y se facilitan los trámites de reunificación familiar.
action-A26-woman = Puedes pedir que no te separen de tus hijos. Si los perdiste, puedes pedir ayuda para encontrarlos.

action-A27-title = Capacitar al personal de primera línea
action-A27-official = El personal de primera línea recibe formación en identificación, entrevista y derivación con enfoque de género, sensible a la niñez e informada sobre el trauma, incluidos los indicadores de vulnerabilidad.
action-A27-woman = El personal que te atiende debería saber ver el peligro y tratarte con cuidado.

action-A28-title = Residencia propia, permanencia y regularización
action-A28-official = Se otorgan o facilitan la residencia independiente de un cónyuge o empleador abusivo, opciones de permanencia para víctimas de trata y vías de regularización para sobrevivientes.
action-A28-woman = Puedes preguntar en migración si puedes tener un permiso propio. Pregunta si hay formas de quedarte para víctimas de violencia o trata.

action-A29-title = Servicios adaptados a cada mujer
action-A29-official = Los servicios se adaptan a necesidades que se cruzan: accesibilidad por discapacidad, edad avanzada, identidad y lengua indígena, y seguridad para mujeres LGBTI.
action-A29-woman = Puedes pedir una ayuda a tu medida. Por ejemplo: acceso si tienes una discapacidad, tu propia lengua o un lugar seguro si eres LGBTI.

action-A30-title = Trabajo centrado en la sobreviviente
action-A30-official = El personal trabaja centrado en la sobreviviente: consentimiento informado, sin entrevistas repetidas, información compartida solo con su consentimiento y respeto de sus decisiones.
action-A30-woman = No deberían hacer nada sin tu permiso. No deberías tener que contar tu historia muchas veces. Tus datos solo deberían compartirse si tú aceptas.

## Advertencias que acompañan consejos riesgosos (content/advice.toml)

warning-consulate-title = Tu consulado: solo si te sientes segura
warning-consulate-woman = No contactes a tu consulado si temes a tu propio gobierno. Si te detienen, avisan a tu consulado solo si tú lo pides. Puedes pedir asilo sin pasar por tu consulado.
warning-consulate-official = Marcó asilo o LGBTI. Contacte a su consulado solo si ella lo pide: puede temer a su propio Estado. En caso de arresto o detención, se informa a su consulado solo a petición suya (CVRC art. 36(1)(b)).

## Estado de una base: el número de párrafo nunca se verificó en la fuente

basis-unchecked = párrafo no verificado
