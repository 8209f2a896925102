## The app's own words (not content). Every language must have every message of this file.

-app = Ruta
app-name = { -app }
app-tagline = Tus derechos y a quién llamar, sin internet
skip-to-content = Ir al contenido
exit-button = Salir rápido
exit-hint = Cierra Ruta de inmediato y abre otra página
language-label = Idioma
nav-start = Inicio
nav-about = Sobre esta información

## Start
start-title = Encuentra tus derechos y ayuda cerca de ti
start-intro = Responde lo que quieras. Puedes saltar cualquier pregunta. Nada de lo que elijas se guarda en este teléfono.
who-legend = ¿Quién usa Ruta?
who-woman = Yo, una mujer migrante
who-woman-hint = Te hablamos de tú, con palabras simples
who-official = Trabajo en un servicio o institución
who-official-hint = Ruta de atención: detectar, atender, referir
country-legend = ¿En qué país estás ahora?
country-none = Prefiero no decirlo
phase-legend = ¿En qué momento de tu viaje estás?
phase-any = No lo sé o prefiero no decirlo
situations-legend = ¿Qué te está pasando?
situations-hint = Elige todas las que quieras, o ninguna.
show-results-woman = Ver mis derechos y contactos
show-results-official = Ver la ruta de atención

## Results
results-title-woman = Tus derechos y a quién llamar
results-title-official = Derechos, deberes y referencias
results-summary = { $country } · { $phase } · { $count ->
    [0] ninguna situación elegida
    [one] 1 situación
   *[other] { $count } situaciones
  }
summary-no-country = país sin elegir
summary-no-phase = todas las etapas
edit-choices = Cambiar mis respuestas
danger-title = Si estás en peligro ahora
danger-call = Llamar al { $number }
danger-no-country = Elige tu país para ver los números de emergencia.
danger-none-confirmed = No pudimos confirmar un número de emergencia para este país. Pide ayuda a una persona de confianza o a un albergue.
rights-title-woman = Tus derechos
rights-title-official = Derechos que aplican
rights-count = { $count ->
    [one] 1 derecho
   *[other] { $count } derechos
  }
for-everyone = Para todas
basis-title = Base legal
basis-read = texto leído
basis-secondary = leído en otra fuente
basis-inferred = deducido por Ruta
principles-title = Principios de los Lineamientos en que se apoya
principles-note = La relación con cada principio es nuestra lectura: solo conocemos los títulos de los principios.
link-inferred = Vínculo deducido por Ruta: ninguna fuente lo une a esta etapa.
link-partly = Vínculo en parte deducido por Ruta.
actions-title-woman = Lo que puedes pedir
actions-title-official = Lo que deben hacer los servicios
step-detect = 1. Detectar
step-care = 2. Atención inmediata
step-refer = 3. Referir y dar seguimiento
responsible = Responsable: { $actors }
contacts-title = A quién contactar
contacts-none = No tenemos otros contactos confirmados para este país y estas situaciones.
contacts-no-country = Elige tu país para ver los contactos.
contacts-hidden = { $count ->
    [one] Hay 1 contacto sin confirmar que no mostramos aquí.
   *[other] Hay { $count } contactos sin confirmar que no mostramos aquí.
  }
kind-emergency = Emergencias
kind-gbv-hotline = Línea contra la violencia
kind-trafficking-hotline = Línea contra la trata
kind-asylum-authority = Asilo y refugio
kind-child-protection = Protección de la niñez
kind-women-institution = Institución de la mujer
kind-migration-authority = Migración
kind-un-agency = Agencia de la ONU
kind-ombudsperson = Defensoría de derechos humanos
operator = Lo atiende: { $operator ->
    [police] la policía
    [prosecutor] la fiscalía
    [ngo] una organización civil
    [un] la ONU
    [ombudsperson] la defensoría
   *[government] el gobierno
  }
free-yes = Gratis
free-no = Con costo
hours-always = 24 horas
hours-limited = Horario limitado
phone-tty = TTY
phone-sms = SMS
phone-old = número anterior
phone-other = otro número
website = Sitio web
unconfirmed = Sin confirmar
conflict = Las fuentes no coinciden: revisa la nota.
source-dated = Fuente con fecha { $date }
source-undated = Fuente sin fecha
source-link = Ver la fuente
no-situations-note = No elegiste ninguna situación: mostramos los derechos que valen para todas.

## Problems with a link
problems-title = No entendimos parte del enlace
problems-kept = Mostramos lo demás. Puedes cambiar tus respuestas cuando quieras.
problem-malformed = El enlace está dañado o incompleto.
problem-view = No existe la página «{ $value }».
problem-language = No tenemos el idioma «{ $value }».
problem-audience = «{ $value }» no es un tipo de usuaria conocido.
problem-country = «{ $value }» no es uno de los 11 países de Ruta.
problem-phase = «{ $value }» no es una etapa del viaje.
problem-situation = «{ $value }» no es una situación conocida.
problem-item = No encontramos «{ $value }» en la biblioteca.

## About
about-title = Sobre esta información
about-basis = Ruta se basa en los Lineamientos para la Atención y Protección de Mujeres en Contexto de Migración de la Conferencia Regional sobre Migración (CRM). No pudimos leer su texto completo: solo su estructura (10 principios, 9 enfoques, 27 definiciones y las cuatro etapas). Los derechos y acciones vienen de normas internacionales que esos Lineamientos aplican, y cada uno cita su fuente.
about-not-advice = Ruta no es asesoría legal. Las leyes de cada país pueden ser distintas.
about-privacy = Ruta no usa cuentas ni rastreo, y no guarda tus respuestas.
about-contacts = Cada número de teléfono lleva su fuente y su fecha. Los que no pudimos confirmar no se muestran a las mujeres, salvo el único número de emergencia de un país: se muestra con un aviso.

## Library
nav-library = Los Lineamientos
library-title = Biblioteca de los Lineamientos
library-intro = Los Lineamientos de la CRM tienen 10 principios, 9 enfoques y 27 definiciones. Solo pudimos leer sus títulos. Las explicaciones son nuestras.
library-principles = Principios rectores
library-approaches = Enfoques
library-definitions = Definiciones
library-definitions-note = Estas definiciones están en la versión de trabajo del documento, no en la versión publicada que conocemos.
library-themes = Temas de la CRM
library-themes-note = La CRM trabaja estos temas en sus encuentros regionales. Qué puntos van en cada tema lo decidimos nosotras.
gloss-label = Nuestra explicación:
page-ref = pág. { $page }
rests-on-it = Derechos y acciones que se apoyan en este principio
rights-label = Derechos
actions-label = Acciones
back-to-library = Volver a la biblioteca
plain-words = En palabras simples
for-officials = Para servicios y autoridades

## Dates (order and month names as the language writes them)
date-full = { $day } de { $month } de { $year }
date-month = { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Languages (About screen)
translations-title = Idiomas
translation-reviewed = { $language }: revisado el { $date }.
translation-needs-review = { $language }: borrador, necesita revisión por hablantes nativas ({ $date }).

## Updates and version
update-ready = Hay una versión nueva de Ruta. Se usará la próxima vez que la abras.
update-now = Usarla ahora
about-version = Versión de la app: { $version }.

## Staying safe on this device
nav-safety = Seguridad en este teléfono
safety-title = Cómo usar Ruta con más seguridad
safety-intro = Si alguien revisa tu teléfono, o lo comparte contigo, estas ideas te pueden ayudar. Ninguna es perfecta.
safety-exit-h = El botón «Salir rápido»
safety-exit = Abre otra página y quita esta de la pantalla. También funciona si pulsas la tecla Mayúsculas tres veces. Pero las páginas de Ruta que viste antes pueden seguir en el historial.
safety-private-h = Navegación privada
safety-private = Abre Ruta en una ventana privada o de incógnito. Así el navegador no guarda el historial. Ruta funciona igual.
safety-history-h = Borrar el historial
safety-history = Puedes borrar solo las páginas de Ruta del historial. Si borras todo el historial, alguien puede notar que está vacío.
safety-app-h = Si instalaste Ruta
safety-app = Un icono de Ruta en la pantalla puede llamar la atención. Puedes quitarlo: mantén el dedo sobre el icono y elige quitar o desinstalar. Puedes volver a abrir Ruta desde el navegador.
safety-storage-h = Lo que Ruta guarda
safety-storage = Ruta no guarda tus respuestas, salvo que marques «Recordar mis respuestas en este teléfono». El botón «Olvidar» y el de «Salir rápido» las borran. Ruta guarda sus propios archivos para funcionar sin internet; esos archivos no dicen nada de ti.
safety-limits = Ruta no puede borrar lo que otras aplicaciones o tu compañía de teléfono registren. Si crees que alguien vigila tu teléfono, usa uno de confianza.
remember-label = Recordar mis respuestas en este teléfono
remember-hint = Solo si nadie más usa este teléfono.
forget-button = Olvidar mis respuestas
forgotten = Listo: tus respuestas ya no están guardadas en este teléfono.

## Kiosk
kiosk-idle-title = ¿Sigues ahí?
kiosk-idle-body = { $seconds ->
    [one] Para cuidar tu privacidad, esta pantalla se borrará en 1 segundo.
   *[other] Para cuidar tu privacidad, esta pantalla se borrará en { $seconds } segundos.
  }
kiosk-continue = Sigo aquí
kiosk-clear-now = Borrar ahora
welcome-title = Bienvenida
welcome-start = Empezar en español

## Share (QR)
qr-title = Abre esta pantalla en tu teléfono
qr-hint = Escanea el código con la cámara. Lleva solo las respuestas de esta pantalla, nada más.

## Embedding (an organisation's own contacts)
overlay-added-by = Añadido por { $publisher }
kind-shelter = Albergue
kind-legal-aid = Ayuda legal
kind-health = Salud
kind-other = Otro servicio

## H4
problem-too-long = El enlace es demasiado largo: solo leímos su comienzo.
problem-more = Hay más partes que no entendimos; no las mostramos.
problem-language-load = No se pudieron cargar los textos del idioma «{ $value }» (sin conexión o archivo dañado). Se muestran en español; inténtalo de nuevo más tarde.

## H1
danger-line-emergency = Emergencias (policía, bomberos, ambulancia)
danger-line-police = Policía
danger-line-medical = Emergencias médicas
danger-line-fire = Bomberos
danger-line-women = Línea de 24 horas para mujeres que sufren violencia
danger-line-trafficking = Línea de 24 horas contra la trata
danger-line-child = Línea de 24 horas para niñas, niños y adolescentes
danger-line-information = Línea de información
danger-caveat = No pudimos confirmar este número. Si no funciona, pide a alguien cerca de ti que llame a la policía.
danger-caveat-official = Sin confirmar: solo fuentes débiles o antiguas dan este número.
who-answers = Quién atiende: { $operator ->
    [police] la policía
    [prosecutor] la fiscalía (Ministerio Público)
    [government] una oficina del gobierno (no la policía)
    [non-profit] una organización sin fines de lucro
    [un-agency] una agencia de las Naciones Unidas
    [ombudsperson] la oficina de la defensoría de derechos humanos
   *[unknown] no se sabe (ninguna fuente dice quién atiende)
  }
kind-information = Información y protección civil
phone-fax = Fax, no es una línea de teléfono: { $number }
enforcement-warning = Esta es una autoridad migratoria del gobierno. Si la contactas, tendrá tu nombre y tus datos, y las autoridades migratorias pueden detener y deportar a personas. Si no tienes papeles, habla primero con un servicio legal gratuito o con ACNUR.
contacts-hidden-enforcement = { $count ->
    [one] No mostramos 1 autoridad migratoria: sin papeles o en detención, no es un lugar al que acudir por ayuda.
   *[other] No mostramos { $count } autoridades migratorias: sin papeles o en detención, no son un lugar al que acudir por ayuda.
  }
contacts-official-only = Solo para funcionarios
source-latest = Fuente más reciente: { $date }
source-latest-undated = Fuente sin fecha
sources-official = { $count ->
    [one] 1 fuente
   *[other] { $count } fuentes
  } ({ $dates })
sources-one-only = una sola fuente
sources-none = Sin fuente registrada
contacts-dates = Estos números vienen de fuentes públicas con fechas de { $from } a { $to }. Nadie los llamó para comprobar que funcionan.

## H5 screens (issue 12: one question per screen, results at a glance, share and print)
q-progress = Pregunta { $n } de { $total }
q-back = Atrás
q-next = Siguiente
q-skip = Saltar esta pregunta
show-answer = Ver mi respuesta ya
now-title = Qué hacer ahora
now-call = Llama a { $name }:
now-more = Saber más
key-contacts-title = Tus contactos clave
on-this-page = En esta página
all-contacts-title = Todos los contactos
actions-count = { $count ->
    [one] 1 punto
   *[other] { $count } puntos
  }
contacts-count = { $count ->
    [one] 1 contacto
   *[other] { $count } contactos
  }
section-show = Mostrar
section-hide = Ocultar
open-all = Abrir todo
item-more = Más y base legal: { $title }
results-ready = Resultados
save-print = Guardar o imprimir
share-link = Compartir el enlace
copy-link = Copiar el enlace
link-copied = Enlace copiado.
link-warning = El enlace lleva tus respuestas. Compártelo solo con alguien de confianza.
language-changed = Idioma: { $language }
shift-more = { $left ->
    [one] Pulsa Mayús una vez más para salir.
   *[other] Pulsa Mayús { $left } veces más para salir.
  }

## H4 (static recovery screen and pre-wasm danger box, written into index.html at build time)
boot-failed-title = Ruta no pudo abrirse
boot-failed-body = Un archivo de Ruta no se cargó o llegó dañado (quizá se cortó la conexión). No se guardó nada de lo que elegiste.
boot-failed-retry = Intentar de nuevo
boot-failed-numbers = Si estás en peligro ahora, llama al número de emergencia del país donde estás:
boot-offline-not-ready = Ruta todavía no está lista para usarse sin internet en este teléfono. Vuelve a abrirla cuando tengas conexión.

## H2 (a host's own contacts: overlay cards and the preview for the site owner)
overlay-section = Otros contactos, añadidos por { $publisher }
overlay-section-site = Otros contactos, añadidos por el sitio web que muestra esta página
overlay-not-checked = Ruta no revisó estos contactos. Los publica quien muestra esta página.
overlay-added-by-site = Añadido por este sitio web
overlay-email = Correo: { $email }
overlay-hours = Horario: { $hours }
overlay-languages = Idiomas: { $languages }
overlay-organization = Organización: { $name }
overlay-preview-title = { $count ->
    [one] Vista previa para quien publica esta página: 1 problema en su archivo de contactos
   *[other] Vista previa para quien publica esta página: { $count } problemas en su archivo de contactos
  }
overlay-preview-ok = { $count ->
    [one] Vista previa para quien publica esta página: su archivo de contactos no tiene problemas (1 contacto leído).
   *[other] Vista previa para quien publica esta página: su archivo de contactos no tiene problemas ({ $count } contactos leídos).
  }
overlay-preview-hint = Las visitantes no ven este recuadro. Quite data-preview (o ?preview) antes de publicar. Los detalles técnicos están en inglés, como en la consola.

## H10 — herramientas para funcionarias (issue 17): búsqueda, casos de formación, matriz de seguimiento, hoja de derivación
search-title = Buscar
search-label = Busca derechos, pasos, los Lineamientos y contactos
search-button = Buscar
search-hint = No importan los acentos ni las mayúsculas; basta con el comienzo de una palabra.
search-count = { $count ->
    [one] 1 resultado
   *[other] { $count } resultados
  }
search-none = No se encontró nada. Prueba otra palabra, o menos palabras.
training-title = Casos de formación
training-intro = Practica la ruta de derivación con casos. Tus respuestas quedan solo en esta pantalla y se olvidan al salir; no se piden ni se guardan nombres.
training-case = Caso { $n } de { $total }
training-q-detect = ¿Qué debes detectar?
training-q-rights = ¿Qué derechos aplican?
training-q-first-steps = ¿Qué pasos van primero?
training-q-refer = ¿A quién la derivas?
training-choose-all = Elige todas las que correspondan.
training-check = Revisar mi respuesta
training-next = Siguiente pregunta
training-next-case = Siguiente caso
training-right = Correcto.
training-wrong = No del todo.
training-missed = No elegiste:
training-wrongly = No corresponde a este caso:
training-ruta-says = Lo que Ruta responde para este caso:
training-record = Registro de formación
training-record-note = Casos practicados y preguntas respondidas bien. No se registran nombres.
training-score = { $right } de { $total } correctas
training-print = Imprimir el registro
matrix-title = Matriz de seguimiento
matrix-intro = Registra novedades del marco legal, avances, buenas prácticas y casos de éxito sobre la protección de las mujeres migrantes, por país y área de los Lineamientos. No se guarda ni se envía nada: los registros quedan en esta pantalla hasta que los exportes.
matrix-add = Agregar registro
matrix-added = Registro agregado.
matrix-fix = Corrige los campos marcados abajo.
matrix-entries = Registros: { $count }
matrix-none = Todavía no hay registros.
matrix-remove = Quitar
matrix-export-csv = Exportar CSV
matrix-export-json = Exportar JSON
matrix-import = Importar archivos (CSV o JSON, varios a la vez)
matrix-imported = Registros agregados: { $added }. Archivos leídos: { $files }.
matrix-import-failed = Estos archivos no se importaron (no se perdió nada de lo que habías registrado):
matrix-row = fila { $row }
matrix-summary = Resumen regional
matrix-by-area = Registros por país y área de los Lineamientos
matrix-by-kind = Registros por país y tipo
matrix-empty-areas = Áreas de los Lineamientos sin registros
matrix-choose = Elige…
slip-title = Hoja de derivación
slip-intro = La ruta de derivación para sus situaciones. Esta hoja no tiene campo para su nombre ni para ningún dato personal.
slip-missing = Elige primero el país, la etapa y sus situaciones.
slip-services = Servicios a los que derivarla
slip-basis = Base:
slip-sources = Las fuentes de estos números tienen fecha hasta { $date }.
slip-print = Imprimir o guardar como PDF
slip-qr = Abrir esta hoja en otro teléfono

## R18 (issue 18: a line after sexual violence is not a women's line)
danger-line-sexual-violence = Línea de 24 horas tras una violencia sexual, para cualquier persona

## P14 (issue 14: screens whose messages come in a second pack)
later-loading = Cargando esta parte de Ruta…
later-failed = Esta parte de Ruta no se pudo cargar. Revisa tu conexión e inténtalo de nuevo.

## T17 (issue 17: search shows its hits a page at a time)
search-more = Mostrar más resultados

## LEAD (issue 12: the one-line jump list above the sections; its name is on-this-page)
jump-rights = Derechos
jump-actions = Qué pedir
jump-actions-official = Qué deben hacer
jump-contacts = Contactos
share-all = Guardar, imprimir o compartir
