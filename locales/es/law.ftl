### Ruta — dónde obliga la ley (español). Lo usa crates/engine/src/law.rs; datos en
### content/treaties.toml y content/deadlines.toml. Cada id debe existir en todos los idiomas.

## Situación de un instrumento en un país (bajo una línea de base legal)

law-status-party = { $country }: Estado parte desde { $year }
law-status-party-noyear = { $country }: Estado parte (año no confirmado)
law-status-signed = { $country }: lo firmó pero no lo ratificó — una norma internacional que no ha aceptado
law-status-not-party = { $country }: no es parte — una norma internacional que no ha aceptado
law-status-incorporated = { $country }: incorporada en su ley nacional
law-status-endorsed = { $country }: la respaldó (un compromiso, no un tratado obligatorio)
law-status-not = { $country }: no la respaldó — una norma internacional que no ha aceptado
law-status-unconfirmed = { $country }: situación no confirmada
law-binds-where = Obliga a { $count } de los { $total } países: { $countries }
law-binds-nowhere = No obliga como ley a ninguno de los países de Ruta
law-declaration-where = Un compromiso, no un tratado obligatorio. Lo aceptan { $count } de los { $total } países (lo respaldaron o lo incorporaron a su ley): { $countries }
law-only-unaccepted = { $country }: las normas internacionales citadas aquí para este derecho son normas que el país no ha aceptado. Otras leyes, nacionales o internacionales, pueden protegerte igual: pregunta a una abogada o a una organización de apoyo.

## Asilo: plazo y dónde pedirlo

law-deadline-title = Plazo para pedir protección
law-deadline-working-days = { $country }: tienes { $amount } días hábiles desde que entras al país para pedir la condición de refugiada.
law-deadline-days = { $country }: tienes { $amount } días desde que entras al país para pedir la condición de refugiada.
law-deadline-months = { $country }: tienes { $amount } meses desde que entras al país para pedir la condición de refugiada.
law-deadline-years = { $amount ->
    [one] { $country }: tienes un año desde que llegas al país para pedir asilo.
   *[other] { $country }: tienes { $amount } años desde que llegas al país para pedir asilo.
}
law-deadline-late = Si el plazo ya pasó, pídelo igual y explica por qué no pudiste pedirlo antes.
law-deadline-unknown = { $country }: no pudimos confirmar si hay un plazo. Pídelo lo antes que puedas.
# The disclosure under the time limit on the results screen (where to ask, border, detention, the date calculator).
law-deadline-more = Dónde pedirlo y tu último día
law-authority-label = Dónde pedirlo
law-authority-unknown = No pudimos confirmar qué oficina recibe la solicitud.
law-border-yes = Puedes pedirlo en la frontera.
law-border-no = En la frontera solo puedes decir que quieres pedirlo; la solicitud se presenta en la oficina de arriba.
law-detention-yes = Puedes pedirlo aunque estés detenida.
law-detention-no = No se acepta la solicitud desde la detención.
law-entry-label = Fecha en que entraste (opcional)
law-entry-privacy = Esta fecha queda solo en esta pantalla. No se guarda ni se pone en ningún enlace.
law-entry-invalid = Esa fecha no es válida. Escríbela como año-mes-día, por ejemplo 2026-11-30.
law-entry-future = Esa fecha es futura. Escribe el día en que entraste.
law-last-day = Último día para pedirlo: { $date } como máximo.
law-last-day-passed = Según nuestra cuenta, el plazo venció el { $date }.
law-caveat-working-days = Aquí no se descuentan los días feriados, así que el último día real puede ser un poco después. No esperes: pídelo lo antes posible.
law-caveat-calendar = Contado en días de calendario desde tu fecha de entrada; la oficina puede contar un día de otra forma. No esperes: pídelo lo antes posible.
law-source-label = Fuente
law-read-official = leída en la página oficial
law-read-official-copy = leída en una copia del texto oficial
law-read-derived = leída en un conjunto de datos tomado de las páginas oficiales
law-read-secondary = leída en una fuente secundaria, no en el texto oficial

## Comparar dos países

law-compare-title = Comparar dos países
law-compare-intro = Qué cambia al cruzar: qué normas internacionales obligan a cada país, el plazo para pedir protección y las líneas de emergencia.
law-compare-first = Primer país
law-compare-second = Segundo país
law-compare-instruments = Normas internacionales: situación en este país
law-compare-deadline = Pedir protección
law-compare-emergency = Líneas de emergencia
law-compare-pick = Elige dos países.
law-table-title = Dónde obliga (todos los países)

## Fechas

law-date = { $day } de { $month } de { $year }
law-month-1 = enero
law-month-2 = febrero
law-month-3 = marzo
law-month-4 = abril
law-month-5 = mayo
law-month-6 = junio
law-month-7 = julio
law-month-8 = agosto
law-month-9 = septiembre
law-month-10 = octubre
law-month-11 = noviembre
law-month-12 = diciembre

## Instrumentos (nombres cortos)

law-instrument-CEDAW = Convención sobre la Eliminación de la Discriminación contra la Mujer (CEDAW)
law-instrument-OP-CEDAW = Protocolo Facultativo de la CEDAW
law-instrument-CRC = Convención sobre los Derechos del Niño
law-instrument-CAT = Convención contra la Tortura
law-instrument-ICCPR = Pacto Internacional de Derechos Civiles y Políticos
law-instrument-ICRMW = Convención sobre los Trabajadores Migratorios
law-instrument-BDP = Convención de Belém do Pará
law-instrument-RC51 = Convención sobre el Estatuto de los Refugiados de 1951
law-instrument-RP67 = Protocolo de 1967 sobre el Estatuto de los Refugiados
law-instrument-CART = Declaración de Cartagena sobre Refugiados
law-instrument-PP = Protocolo de Palermo sobre trata de personas
law-instrument-SOM = Protocolo de Palermo contra el tráfico ilícito de migrantes
law-instrument-C189 = Convenio 189 de la OIT sobre trabajadoras domésticas
law-instrument-VCCR = Convención de Viena sobre Relaciones Consulares
law-instrument-GCM = Pacto Mundial para la Migración

## Oficinas que reciben la solicitud de asilo

law-authority-BZ = Departamento de Refugiados, Belmopán
law-authority-CA = En un puerto de entrada (aeropuerto, puerto, paso fronterizo): la Agencia de Servicios Fronterizos de Canadá (CBSA). Si ya estás en Canadá: en línea, en el portal de IRCC. Decide la Junta de Inmigración y Refugiados (IRB).
law-authority-CR = Unidad de Refugio de la Dirección General de Migración y Extranjería (DGME)
law-authority-DO = Oficina Nacional para los Refugiados (ONR), en la Dirección General de Migración, Santo Domingo
law-authority-SV = CODER (Comisión para la Determinación de la Condición de Personas Refugiadas), o un oficial de migración (DGME) en la frontera
law-authority-GT = Departamento de Reconocimiento del Estatuto de Refugiado (DRER) del Instituto Guatemalteco de Migración, Ciudad de Guatemala, o cualquier puesto de control migratorio
law-authority-HN = Instituto Nacional de Migración (INM), cualquier puesto fronterizo del INM, o la estación de la Policía Nacional más cercana donde no haya oficina del INM
law-authority-MX = COMAR (Comisión Mexicana de Ayuda a Refugiados), o el INM donde no haya oficina de la COMAR. Cuidado: el INM es la autoridad migratoria y puede detener y deportar.
law-authority-PA = ONPAR (Oficina Nacional para la Atención de Refugiados), Ministerio de Gobierno
law-authority-US = Servicio de Ciudadanía e Inmigración de EE. UU. (USCIS), con el formulario I-589, si no estás en un proceso de deportación; el Tribunal de Inmigración, si lo estás
