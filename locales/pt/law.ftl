### Ruta — onde a lei obriga (português). Usado por crates/engine/src/law.rs; dados em
### content/treaties.toml e content/deadlines.toml. Cada id deve existir em todos os idiomas.

## Situação de um instrumento num país (sob uma linha de base legal)

law-status-party = { $country }: Estado parte desde { $year }
law-status-party-noyear = { $country }: Estado parte (ano não confirmado)
law-status-signed = { $country }: assinou mas não ratificou — uma norma internacional que não aceitou
law-status-not-party = { $country }: não é parte — uma norma internacional que não aceitou
law-status-incorporated = { $country }: incorporada na sua lei nacional
law-status-endorsed = { $country }: apoiou (um compromisso, não um tratado obrigatório)
law-status-not = { $country }: não apoiou — uma norma internacional que não aceitou
law-status-unconfirmed = { $country }: situação não confirmada
law-binds-where = Obriga { $count } dos { $total } países: { $countries }
law-binds-nowhere = Não obriga como lei nenhum dos países do Ruta
law-declaration-where = Um compromisso, não um tratado obrigatório. Aceito por { $count } dos { $total } países (apoiado ou incorporado à lei nacional): { $countries }
law-only-unaccepted = { $country }: as normas internacionais citadas aqui para este direito são normas que o país não aceitou. Outras leis, nacionais ou internacionais, ainda podem proteger você: pergunte a uma advogada ou a uma organização de apoio.

## Asilo: prazo e onde pedir

law-deadline-title = Prazo para pedir proteção
law-deadline-working-days = { $country }: você tem { $amount } dias úteis depois de entrar no país para pedir a condição de refugiada.
law-deadline-days = { $country }: você tem { $amount } dias depois de entrar no país para pedir a condição de refugiada.
law-deadline-months = { $country }: você tem { $amount } meses depois de entrar no país para pedir a condição de refugiada.
law-deadline-years = { $amount ->
    [one] { $country }: você tem um ano depois de chegar ao país para pedir asilo.
   *[other] { $country }: você tem { $amount } anos depois de chegar ao país para pedir asilo.
}
law-deadline-late = Se o prazo já passou, peça mesmo assim e explique por que não pôde pedir antes.
law-deadline-unknown = { $country }: não conseguimos confirmar se há um prazo. Peça o quanto antes.
# The disclosure under the time limit on the results screen (where to ask, border, detention, the date calculator).
law-deadline-more = Onde pedir e o seu último dia
law-authority-label = Onde pedir
law-authority-unknown = Não conseguimos confirmar qual escritório recebe o pedido.
law-border-yes = Você pode pedir na fronteira.
law-border-no = Na fronteira você só pode dizer que quer pedir; o pedido é feito no escritório indicado acima.
law-detention-yes = Você pode pedir mesmo se estiver detida.
law-detention-no = Um pedido feito na detenção não é aceito.
law-entry-label = Data em que você entrou (opcional)
law-entry-privacy = Esta data fica só nesta tela. Não é guardada nem colocada em nenhum link.
law-entry-invalid = Essa data não é válida. Escreva como ano-mês-dia, por exemplo 2026-11-30.
law-entry-future = Essa data está no futuro. Escreva o dia em que você entrou.
law-last-day = Último dia para pedir: { $date }, no máximo.
law-last-day-passed = Pela nossa conta, o prazo venceu em { $date }.
law-caveat-working-days = Os feriados não são descontados aqui, então o último dia real pode ser um pouco depois. Não espere: peça o quanto antes.
law-caveat-calendar = Contado em dias corridos desde a sua entrada; o escritório pode contar um dia de outro jeito. Não espere: peça o quanto antes.
law-source-label = Fonte
law-read-official = lida na página oficial
law-read-official-copy = lida numa cópia do texto oficial
law-read-derived = lida num conjunto de dados tirado das páginas oficiais
law-read-secondary = lida numa fonte secundária, não no texto oficial

## Comparar dois países

law-compare-title = Comparar dois países
law-compare-intro = O que muda ao cruzar: que normas internacionais obrigam cada país, o prazo para pedir proteção e as linhas de emergência.
law-compare-first = Primeiro país
law-compare-second = Segundo país
law-compare-instruments = Normas internacionais: situação neste país
law-compare-deadline = Pedir proteção
law-compare-emergency = Linhas de emergência
law-compare-pick = Escolha dois países.
law-table-title = Onde obriga (todos os países)

## Datas

law-date = { $day } de { $month } de { $year }
law-month-1 = janeiro
law-month-2 = fevereiro
law-month-3 = março
law-month-4 = abril
law-month-5 = maio
law-month-6 = junho
law-month-7 = julho
law-month-8 = agosto
law-month-9 = setembro
law-month-10 = outubro
law-month-11 = novembro
law-month-12 = dezembro

## Instrumentos (nomes curtos)

law-instrument-CEDAW = Convenção sobre a Eliminação da Discriminação contra a Mulher (CEDAW)
law-instrument-OP-CEDAW = Protocolo Facultativo da CEDAW
law-instrument-CRC = Convenção sobre os Direitos da Criança
law-instrument-CAT = Convenção contra a Tortura
law-instrument-ICCPR = Pacto Internacional sobre Direitos Civis e Políticos
law-instrument-ICRMW = Convenção sobre os Trabalhadores Migrantes
law-instrument-BDP = Convenção de Belém do Pará
law-instrument-RC51 = Convenção de 1951 relativa ao Estatuto dos Refugiados
law-instrument-RP67 = Protocolo de 1967 relativo ao Estatuto dos Refugiados
law-instrument-CART = Declaração de Cartagena sobre Refugiados
law-instrument-PP = Protocolo de Palermo sobre tráfico de pessoas
law-instrument-SOM = Protocolo de Palermo contra o contrabando de migrantes
law-instrument-C189 = Convenção 189 da OIT sobre trabalhadoras domésticas
law-instrument-VCCR = Convenção de Viena sobre Relações Consulares
law-instrument-GCM = Pacto Global para a Migração

## Escritórios que recebem o pedido de asilo

law-authority-BZ = Departamento de Refugiados (Refugees Department), Belmopan
law-authority-CA = Num ponto de entrada (aeroporto, porto, posto de fronteira): a Agência de Serviços de Fronteira do Canadá (CBSA). Se você já está no Canadá: on-line, no portal do IRCC. Quem decide é a Junta de Imigração e Refugiados (IRB).
law-authority-CR = Unidade de Refúgio da Direção-Geral de Migração (DGME)
law-authority-DO = Escritório Nacional para os Refugiados (ONR), na Direção-Geral de Migração, Santo Domingo
law-authority-SV = CODER (Comissão para a Determinação da Condição de Refugiado), ou um agente de migração (DGME) na fronteira
law-authority-GT = Departamento de Reconhecimento do Estatuto de Refugiado (DRER) do Instituto Guatemalteco de Migração, Cidade da Guatemala, ou qualquer posto de controle migratório
law-authority-HN = Instituto Nacional de Migração (INM), qualquer posto de fronteira do INM, ou o posto da Polícia Nacional mais próximo onde não houver escritório do INM
law-authority-MX = COMAR (Comissão Mexicana de Ajuda a Refugiados), ou o INM onde a COMAR não tiver escritório. Cuidado: o INM é a autoridade migratória e pode deter e deportar.
law-authority-PA = ONPAR (Escritório Nacional de Atenção aos Refugiados), Ministério de Governo
law-authority-US = Serviço de Cidadania e Imigração dos EUA (USCIS), com o formulário I-589, se você não estiver em processo de deportação; o Tribunal de Imigração, se estiver
