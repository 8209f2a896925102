### Ruta — mensagens de conteúdo (português do Brasil).
### Os ids de mensagem seguem os ids de content/*.toml (ver docs/CONTENT.md).
### Os textos -woman falam com ela (você, frases curtas, palavras comuns); os -official são para
### servidoras, servidores e serviços.
### Os nomes de princípios, enfoques e definições são os cabeçalhos das Diretrizes da CRM (traduzidos);
### cada -gloss é a NOSSA explicação, nunca o texto das Diretrizes.

## Phases

phase-origin = Origem
phase-origin-desc = Você ainda está no seu país ou está para sair.
phase-transit = Trânsito
phase-transit-desc = Você está a caminho e passa por outros países ou fronteiras.
phase-destination = Destino
phase-destination-desc = Você está no país onde quer viver, trabalhar ou pedir proteção.
phase-return = Retorno
phase-return-desc = Você voltou para o seu país ou fizeram você voltar.

## Situations

situation-violence = Violência
situation-violence-hint = Alguém fez mal a você, ameaça ou abusou de você.
situation-trafficking = Engano ou exploração (tráfico de pessoas)
situation-trafficking-hint = Alguém enganou você ou obriga você a trabalhar ou a fazer sexo, e você não pode ir embora.
situation-pregnant = Gravidez ou amamentação
situation-pregnant-hint = Você está grávida ou dá de mamar ao seu bebê.
situation-children = Viajo com meus filhos
situation-children-hint = Suas filhas ou seus filhos estão com você.
situation-unaccompanied = Menina ou adolescente sozinha
situation-unaccompanied-hint = Você tem menos de 18 anos e viaja sem sua mãe, seu pai ou um responsável.
situation-asylum = Preciso de proteção (asilo)
situation-asylum-hint = Você tem medo de voltar para o seu país.
situation-no-documents = Sem documentos
situation-no-documents-hint = Você não tem permissão nem documentos para ficar aqui.
situation-detention = Detida ou retida
situation-detention-hint = A polícia ou a migração prendeu você ou mantém você em um centro.
situation-work = Trabalho e abusos no trabalho
situation-work-hint = Você trabalha ou procura trabalho, ou não pagam você.
situation-health = Saúde
situation-health-hint = Você está doente ou com uma ferida, ou precisa de um médico.
situation-disability = Deficiência
situation-disability-hint = É difícil para você ver, ouvir, se mover ou entender.
situation-indigenous-language = Indígena ou outro idioma
situation-indigenous-language-hint = Você é indígena ou não fala bem o idioma do lugar.
situation-lgbti = LGBTI
situation-lgbti-hint = Você é lésbica, bissexual, trans ou intersexo.
situation-returned = Retornada ou deportada
situation-returned-hint = Você voltou, foi deportada, ou podem te deportar.
situation-older = Mulher idosa
situation-older-hint = Você é mais velha e precisa de apoio especial por causa da idade.

## Countries

country-BZ = Belize
country-CA = Canadá
country-CR = Costa Rica
country-DO = República Dominicana
country-SV = El Salvador
country-GT = Guatemala
country-HN = Honduras
country-MX = México
country-NI = Nicarágua
country-PA = Panamá
country-US = Estados Unidos

## Principles (cabeçalhos das Diretrizes da CRM, traduzidos; as explicações são nossas)

principle-P1 = Igualdade e não discriminação contra as mulheres
principle-P1-gloss = As mulheres recebem tratamento igual, qualquer que seja sua nacionalidade, sua origem ou sua situação migratória.
principle-P2 = Confidencialidade
principle-P2-gloss = A história e os dados de uma mulher são protegidos e só são compartilhados se ela concordar.
principle-P3 = Não revitimização
principle-P3-gloss = Os serviços evitam causar novo dano, como fazê-la repetir sua história ou culpá-la.
principle-P4 = Não devolução
principle-P4-gloss = Ninguém é enviada a um lugar onde sua vida, sua segurança ou sua liberdade correm perigo.
principle-P5 = Responsabilidade compartilhada
principle-P5-gloss = Os países de origem, trânsito, destino e retorno têm, cada um, sua parte em protegê-la.
principle-P6 = Multiculturalidade e diversidade
principle-P6-gloss = Os serviços respeitam a cultura, o idioma, a identidade e o modo de vida de cada mulher.
principle-P7 = Interesse superior da Criança
principle-P7-gloss = Toda decisão sobre uma menina ou um menino coloca o bem-estar dela ou dele em primeiro lugar.
principle-P8 = Unidade familiar
principle-P8-gloss = As famílias são mantidas juntas, ou recebem ajuda para se reunir se foram separadas.
principle-P9 = Presunção de menoridade
principle-P9-gloss = Se houver dúvidas sobre a idade de uma pessoa jovem, ela é tratada como menor de idade até que isso seja esclarecido.
principle-P10 = Não detenção de crianças e adolescentes
principle-P10-gloss = Meninas, meninos e adolescentes não são presos por motivos migratórios.

## Approaches (cabeçalhos das Diretrizes da CRM, traduzidos; as explicações são nossas)

approach-E1 = Enfoque de direitos humanos
approach-E1-gloss = As mulheres migrantes têm direitos qualquer que seja sua situação, e os Estados têm deveres para com elas.
approach-E2 = Enfoque de igualdade de gênero
approach-E2-gloss = Procurar as desigualdades de gênero nas leis e nos serviços, e corrigi-las.
approach-E3 = Enfoque intergeracional
approach-E3-gloss = Levar em conta aquilo de que precisam meninas, adolescentes, mulheres adultas e mulheres idosas.
approach-E4 = Enfoque de interseccionalidade
approach-E4-gloss = Ver como várias discriminações se somam, como a origem étnica, a idade, a deficiência ou a situação migratória.
approach-E5 = Enfoque contextual
approach-E5-gloss = Adaptar a resposta à realidade local e nacional.
approach-E6 = Enfoque intercultural
approach-E6-gloss = Respeitar a diversidade de culturas e idiomas, incluindo os povos indígenas.
approach-E7 = Enfoque transnacional
approach-E7-gloss = Reconhecer vidas e famílias que estão em vários países, e coordenar entre fronteiras.
approach-E8 = Enfoque de intersetorialidade
approach-E8-gloss = Saúde, justiça, migração, serviços sociais e outros trabalham juntos.
approach-E9 = Enfoque de inclusão
approach-E9-gloss = Garantir que nenhum grupo de mulheres fique de fora dos serviços.

## Definitions (cabeçalhos do documento de trabalho das Diretrizes, traduzidos; as explicações são nossas)

definition-D1 = Adolescente
definition-D1-gloss = Pessoa jovem na adolescência; a idade exata depende da lei de cada país.
definition-D2 = Atendimento imediato
definition-D2-gloss = Primeira ajuda para o que é urgente, como segurança, saúde, abrigo e comida, assim que a pessoa é identificada.
definition-D3 = Atenção integral
definition-D3-gloss = Apoio coordenado de saúde, psicossocial, jurídico, social e econômico que cuida da pessoa por inteiro.
definition-D4 = Detecção
definition-D4-gloss = Quando a equipe percebe que uma mulher ou menina precisa de proteção, por exemplo por violência ou tráfico de pessoas.
definition-D5 = Empoderamento
definition-D5-gloss = Processo pelo qual as mulheres ganham autonomia, recursos e poder para decidir e exercer seus direitos.
definition-D6 = Meios de vida sustentáveis
definition-D6-gloss = Capacidades, recursos e atividades que dão uma renda estável e resistem às crises.
definition-D7 = Migração de retorno
definition-D7-gloss = Voltar ao país de origem, por decisão própria ou de forma forçada.
definition-D8 = Migração forçada
definition-D8-gloss = Deslocar-se por coação ou por uma ameaça à vida ou ao sustento.
definition-D9 = Migrante
definition-D9-gloss = Pessoa que sai do lugar onde vive habitualmente.
definition-D10 = Mulher migrante em situação irregular
definition-D10-gloss = Mulher que não tem autorização, segundo a lei do país, para entrar, ficar ou trabalhar.
definition-D11 = Menina
definition-D11-gloss = Menor de idade que ainda não chegou à adolescência.
definition-D12 = Meninas e adolescentes migrantes acompanhados
definition-D12-gloss = Meninas que viajam com a mãe, o pai ou o tutor legal.
definition-D13 = Meninas e adolescentes migrantes não acompanhados
definition-D13-gloss = Meninas separadas da mãe, do pai e de outros parentes, sem uma pessoa adulta responsável por elas.
definition-D14 = Meninas e adolescentes migrantes separados
definition-D14-gloss = Meninas separadas da mãe, do pai ou de quem cuida delas, embora talvez estejam com outros parentes.
definition-D15 = Meninas e adolescentes vítimas de tráfico de pessoas
definition-D15-gloss = Meninas recrutadas, transportadas ou retidas para serem exploradas.
definition-D16 = Meninas e adolescentes refugiados
definition-D16-gloss = Meninas reconhecidas como refugiadas ou que pedem essa proteção.
definition-D17 = Meninas e adolescentes retornadas
definition-D17-gloss = Meninas devolvidas ou que regressam ao seu país de origem.
definition-D18 = País de origem
definition-D18-gloss = O país de onde vem uma pessoa migrante.
definition-D19 = País de trânsito
definition-D19-gloss = Um país que se atravessa no caminho para o destino.
definition-D20 = País de destino
definition-D20-gloss = O país onde uma pessoa migrante pensa ficar.
definition-D21 = País de retorno
definition-D21-gloss = O país para onde uma pessoa volta, quase sempre seu país de origem.
definition-D22 = Proteção
definition-D22-gloss = Medidas jurídicas, físicas e psicossociais para que seus direitos sejam respeitados.
definition-D23 = Recepção
definition-D23-gloss = Os trâmites de chegada e os primeiros serviços para quem retorna.
definition-D24 = Reintegração
definition-D24-gloss = Voltar a se estabelecer no plano social, econômico e emocional depois do retorno.
definition-D25 = Rota crítica de proteção e assistência
definition-D25-gloss = Os passos e as instituições que uma mulher percorre para receber proteção e ajuda (uma rota de encaminhamento).
definition-D26 = Violência contra a mulher
definition-D26-gloss = Todo ato baseado no gênero que cause morte ou dano físico, sexual ou psicológico às mulheres, na esfera pública ou privada.
definition-D27 = Violência de gênero (VG)
definition-D27-gloss = Violência que nasce das normas de gênero ou que é dirigida a alguém por causa do seu gênero.

## Actors

actor-MIG = Autoridade migratória
actor-BOR = Agentes de fronteira
actor-CON = Consulados
actor-HEA = Serviços de saúde
actor-JUS = Justiça e polícia
actor-WOM = Instituto ou mecanismo nacional da mulher
actor-CHP = Proteção da infância
actor-LAB = Autoridade trabalhista
actor-CSO = Sociedade civil e abrigos
actor-ORI-GOV = Autoridades do país de origem
actor-REG = Registro civil
actor-SCH = Escolas
actor-ALL = Todos os serviços da linha de frente

## Sources

source-SR19 = Relatoria Especial da ONU sobre migrantes, A/74/191 (2019)
source-SR41 = Relatoria Especial da ONU sobre migrantes, A/HRC/41/38 (2019)
source-SR73 = Relatoria Especial da ONU sobre migrantes, A/73/178/Rev.1 (2018)
source-SR38 = Relatoria Especial da ONU sobre migrantes, A/HRC/38/41 (2018)
source-SR75 = Relatoria Especial da ONU sobre migrantes, A/75/183 (2020)
source-SR79 = Relatório da ONU sobre crianças e famílias migrantes, A/79/213 (2024)
source-SR72 = Relatoria Especial da ONU sobre migrantes, A/72/173 (2017)
source-SR71 = Relatoria Especial da ONU sobre migrantes, A/71/285 (2016)
source-SR76 = Relatoria Especial da ONU sobre migrantes, A/76/257 (2021)
source-GR26 = Recomendação geral n.º 26 do Comitê CEDAW (trabalhadoras migrantes, 2008)
source-GR32 = Recomendação geral n.º 32 do Comitê CEDAW (asilo e nacionalidade, 2014)
source-GR35 = Recomendação geral n.º 35 do Comitê CEDAW (violência de gênero, 2017)
source-GR38 = Recomendação geral n.º 38 do Comitê CEDAW (tráfico de pessoas, 2020)
source-BDP = Convenção de Belém do Pará (1994)
source-PP = Protocolo de Palermo sobre tráfico de pessoas (2000)
source-RC51 = Convenção relativa ao Estatuto dos Refugiados (1951) e Protocolo de 1967
source-CART = Declaração de Cartagena sobre Refugiados (1984)
source-ICRMW = Convenção sobre os direitos dos trabalhadores migrantes e de suas famílias (1990)
source-VCCR = Convenção de Viena sobre Relações Consulares (1963)
source-CEDAW = Convenção CEDAW (1979)
source-JGC3 = Comentário geral conjunto n.º 3 (CMW) / n.º 22 (CRC) (2017)
source-JGC4 = Comentário geral conjunto n.º 4 (CMW) / n.º 23 (CRC) (2017)
source-CRCv = Comitê dos Direitos da Criança, decisões sobre determinação da idade (2018–2019)
source-GC6 = Comitê dos Direitos da Criança, Comentário geral n.º 6 (2005)
source-CO = Comitês da ONU, observações finais sobre países da CRM
source-OC18 = Corte Interamericana, Opinião Consultiva OC-18/03 (2003)
source-OC21 = Corte Interamericana, Opinião Consultiva OC-21/14 (2014)
source-IACHR19 = CIDH, Princípios interamericanos sobre migrantes, Res. 04/19 (2019)
source-GCM = Pacto Global para a Migração (2018)
source-UNW = Guia da ONU Mulheres para aplicar o Pacto Global com enfoque de gênero (2021)
source-GA64 = Assembleia Geral da ONU, resolução 64/139 (2009)
source-GA66 = Assembleia Geral da ONU, resolução 66/128 (2011)
source-GA72 = Assembleia Geral da ONU, resolução 72/149 (2017)
source-GA65 = Assembleia Geral da ONU, resolução 65/228 (2010)
source-GA71 = Assembleia Geral da ONU, resolução 71/177 (2016)
source-RCM-ID = CRM, diretrizes para identificar e encaminhar migrantes em situação de vulnerabilidade (2013)
source-RCM-NNA = CRM, diretrizes para a proteção integral da infância e adolescência migrante (2016)
source-MISP = Pacote de Serviços Iniciais Mínimos de saúde reprodutiva em crises (PSIM)
source-Sphere = Manual Esfera, norma de saúde sexual e reprodutiva
source-CMR = OMS/ACNUR, Gestão clínica de sobreviventes de estupro (2001)
source-MSF = Médicos Sem Fronteiras (MSF), atendimento após violência sexual
source-MICIC = Diretrizes MICIC (migrantes em países em crise)
source-GIP1 = ACNUR, Diretrizes sobre proteção internacional n.º 1 (gênero, 2002)
source-GIP9 = ACNUR, Diretrizes sobre proteção internacional n.º 9 (orientação sexual e identidade de gênero, 2012)

## Rights

right-R01-title = Direitos iguais, com ou sem documentos
right-R01-woman = As normas internacionais dizem que seus direitos não dependem de documentos. Ninguém pode te tratar pior por ser mulher ou estrangeira.
right-R01-official = A mulher migrante é titular de seus direitos humanos, qualquer que seja sua situação migratória. Autoridades e serviços não devem discriminá-la por sexo, nacionalidade, origem étnica ou falta de documentos.

right-R02-title = Pedir asilo
right-R02-woman = Você tem medo de sofrer mal no seu país? Você pode pedir proteção a outro país. Isso se chama asilo (ou refúgio). Você pede quando já está fora do seu país. Você pode fazer seu próprio pedido, mesmo que viaje com sua família.
right-R02-official = A mulher que teme perseguição ou dano grave, incluindo a perseguição por motivos de gênero, pode solicitar proteção como refugiada e ter sua solicitação examinada separadamente da de sua família. Onde a lei nacional adota a definição regional (Cartagena), também conta fugir da violência generalizada ou de violações maciças de direitos humanos.

right-R03-title = Não ser devolvida ao perigo
right-R03-woman = As normas internacionais proíbem te mandar para onde podem te matar ou ferir. Antes, devem olhar o seu caso. Pergunte a um serviço da lista de contatos como funciona neste país.
right-R03-official = Segundo as normas internacionais, nenhuma mulher pode ser expulsa, rechaçada na fronteira ou devolvida a um lugar onde sua vida ou sua liberdade estejam ameaçadas ou onde possa sofrer tortura ou outro dano irreparável. Cada caso exige uma avaliação individual; as expulsões coletivas são proibidas.

right-R04-title = Sem castigo por atravessar para fugir
right-R04-woman = Você cruzou sem documentos para fugir do perigo? As normas internacionais dizem que não devem te castigar por isso. Para isso, vá logo às autoridades e diga por que fugiu. Pergunte a um serviço da lista de contatos como funciona neste país.
right-R04-official = Segundo as normas internacionais, a refugiada que chega diretamente do perigo e se apresenta sem demora às autoridades não deve ser sancionada por sua entrada ou permanência irregular. A entrada irregular deve ser tratada como infração administrativa, não como crime.

right-R05-title = Uma vida livre de violência
right-R05-woman = Ninguém tem o direito de bater em você, ameaçar você ou abusar de você. Nem seu companheiro, nem um coiote, nem um patrão, nem um agente. Você pode pedir proteção.
right-R05-official = Tem direito à proteção contra a violência física, sexual e psicológica, venha ela do parceiro íntimo, de particulares ou de agentes do Estado. Os Estados devem levar especialmente em conta o maior risco das mulheres migrantes, refugiadas e deslocadas.

right-R06-title = Denunciar e receber ajuda jurídica
right-R06-woman = Você pode denunciar violência, roubo ou abuso, mesmo sem documentos. Peça um advogado e um intérprete. Antes de dar seus dados, pergunte se eles vão para a migração.
right-R06-official = Pode denunciar crimes e abusos, receber assistência jurídica e interpretação e recorrer a tribunais e mecanismos de queixa, independentemente de sua situação migratória. Polícia, tribunais e serviços às vítimas não deveriam repassar seus dados às autoridades de controle migratório.

right-R07-title = Ajuda se você é vítima de tráfico de pessoas
right-R07-woman = Alguém te enganou? Ou te obrigou a trabalhar ou a fazer sexo? Peça ajuda. Peça um lugar seguro, cuidado médico e conselhos. As normas internacionais dizem que a ajuda não deve depender de denúncia.
right-R07-official = Segundo as normas internacionais, se houver motivos razoáveis para crer que é vítima de tráfico de pessoas, deve receber assistência e proteção imediatamente. A ajuda não pode depender de sua situação migratória, de que o responsável seja encontrado nem de que ela colabore com a acusação.

right-R08-title = Atendimento médico de urgência
right-R08-woman = Se for urgente, vá a um serviço de saúde, mesmo sem documentos. As normas internacionais dizem que não podem te negar socorro por não ter documentos. Pergunte a um serviço da lista de contatos como funciona neste país.
right-R08-official = Segundo as normas internacionais, o atendimento médico urgente necessário para preservar sua vida ou evitar danos irreparáveis não pode ser negado por permanência ou emprego irregular. Ela não deve ser discriminada por gravidez ou parto.

right-R09-title = Saúde sexual, gravidez e parto
right-R09-woman = Você pode pedir cuidados na gravidez e no parto, anticoncepcional e teste de HIV. Depois de um estupro, vá rápido a um serviço de saúde. Alguns remédios só funcionam nos primeiros 3 a 5 dias.
right-R09-official = Deve ter acesso a serviços de saúde sexual e reprodutiva, incluindo planejamento familiar, pré-natal, parto e pós-parto, prevenção e tratamento do HIV e de outras IST, e atendimento clínico após violência sexual, em países de trânsito e destino e sem consequências migratórias.

right-R10-title = Seus dados são privados
right-R10-woman = O que você conta no serviço de saúde, em um abrigo ou nos serviços para vítimas deve ficar em sigilo. Você pode perguntar quem vai ver.
right-R10-official = Segundo as normas internacionais, sua identidade, seu relato e seus dados pessoais devem ser mantidos confidenciais. As informações coletadas pelos serviços de saúde, educação, abrigo ou atendimento a vítimas não deveriam ser usadas para o controle migratório.

right-R11-title = Informação no seu idioma
right-R11-woman = Você tem o direito de entender o que está acontecendo. Você pode pedir um intérprete que fale o seu idioma. Não assine nada que você não entenda.
right-R11-official = Os procedimentos, as decisões e seus direitos devem ser explicados a ela em um idioma que entenda, com intérpretes qualificados quando necessário, incluindo as línguas indígenas e os formatos acessíveis.

right-R12-title = Ajuda do seu consulado
right-R12-woman = O consulado do seu país pode ajudar você com documentos, problemas legais, detenção ou volta. Se você for presa, pode pedir que avisem o seu consulado. Eles só avisam se você quiser.
right-R12-official = Pode pedir proteção e assistência ao seu consulado, sobretudo se seus direitos forem violados, se estiver detida ou antes de uma expulsão. Se for detida, deve ser informada sem demora de que pode pedir que seu consulado seja avisado; o aviso só é feito se ela pedir, o que importa se ela teme o seu próprio Estado.

right-R13-title = Detenção só como último recurso
right-R13-woman = Segundo as normas internacionais, prender alguém por falta de documentos deve ser o último recurso. Se te prenderem, pergunte por quê. Peça advogado, intérprete, seu consulado e asilo. Peça para ficar separada de homens que não conhece.
right-R13-official = Segundo as normas internacionais, a detenção migratória deve ser o último recurso: legal, necessária, proporcional, decidida caso a caso e o mais curta possível, dando-se preferência a alternativas sem privação de liberdade. Se estiver detida, deve ficar separada de homens que não sejam da sua família, receber higiene e saúde adequadas ao seu gênero e ter acesso a advogado, intérprete, consulado, procedimento de asilo e supervisão independente.

right-R14-title = Não prender meninas e meninos
right-R14-woman = As normas internacionais dizem que crianças não devem ser presas por migração. Você pode pedir para ficar com seus filhos em lugar seguro, não numa cela.
right-R14-official = Segundo as normas internacionais, meninas, meninos e adolescentes, sozinhos ou com sua família, não devem estar em detenção migratória, e a unidade familiar não justifica detê-los. As famílias devem permanecer juntas em alternativas comunitárias sem privação de liberdade enquanto seu caso é resolvido.

right-R15-title = Primeiro o bem-estar de meninas e meninos
right-R15-woman = Segundo as normas internacionais, o bem-estar das crianças vem primeiro nas decisões. Se você diz que tem menos de 18 anos, deveriam te tratar como criança. Isso vale até uma checagem justa da idade. Você pode contestar o resultado.
right-R15-official = Segundo as normas internacionais, em toda decisão que afete uma menina ou um menino, incluindo o acolhimento, o procedimento e o retorno, seu interesse superior é uma consideração primordial avaliada caso a caso; os fins de controle migratório não podem prevalecer. Quem diz ser menor de idade é tratada como tal, com o benefício da dúvida, até uma avaliação integral da idade que ela possa contestar.

right-R16-title = Estar com sua família
right-R16-woman = Você tem o direito de estar com seus filhos. Se você perdeu contato com sua família, pode pedir ajuda para encontrá-la e para vocês ficarem juntos de novo.
right-R16-official = As autoridades devem evitar separá-la de seus filhos ou de sua família, ajudar a localizar e reunir os que foram separados e eliminar obstáculos injustificados à reunificação familiar.

right-R17-title = Direitos no trabalho, com ou sem documentos
right-R17-woman = As normas internacionais dizem que todo trabalho deve ser pago, mesmo sem autorização. Nenhum patrão pode ficar com seu passaporte. Você pode cobrar o que te devem, mesmo do seu país. Pergunte a um serviço da lista de contatos como funciona neste país.
right-R17-official = Segundo as normas internacionais, como trabalhadora, tem direito a salário e condições não menos favoráveis que os das pessoas nacionais, e sua situação irregular não libera o empregador de suas obrigações. Os salários devidos se mantêm após a expulsão, e só funcionários autorizados, nunca empregadores, podem reter documentos de identidade.

right-R18-title = Documentos e registro de nascimento
right-R18-woman = Você pode registrar seu bebê no lugar onde ele nasce. As normas internacionais dizem que isso não deve depender dos seus documentos. Fora do seu país, o seu consulado também pode ajudar com os documentos.
right-R18-official = Toda menina ou menino tem direito a um nome, ao registro de seu nascimento e a uma nacionalidade, qualquer que seja a situação de seus pais, e as mulheres têm igual direito de transmitir sua nacionalidade. Seu país de origem deve emitir os documentos de identidade e de viagem de que ela precise.

right-R19-title = Escola e serviços básicos
right-R19-woman = As normas internacionais dizem que seus filhos podem ir à escola, mesmo sem documentos. Você deveria poder usar a saúde e outros serviços básicos sem medo. Pergunte a um serviço da lista de contatos como funciona neste país.
right-R19-official = Suas filhas e filhos têm direito à educação em igualdade de condições, qualquer que seja a situação deles ou a dela. Ela deve ter acesso seguro a serviços básicos como saúde, moradia e proteção social, sem controles migratórios que a desencorajem.

right-R20-title = Retorno seguro e apoio ao chegar
right-R20-woman = Se você voltar, ou se te mandarem de volta, deveriam te tratar com dignidade. Ao chegar, você pode pedir ajuda. Por exemplo: saúde, apoio emocional, ajuda jurídica e apoio para trabalhar ou estudar.
right-R20-official = Sempre pode entrar e permanecer em seu próprio país. Todo retorno deve ser seguro, digno e de preferência voluntário, baseado em uma avaliação individual e levando em conta os processos pendentes; ao regressar, deve receber apoio de reintegração conforme suas necessidades.

right-R21-title = Apoio depois de violência ou tráfico de pessoas
right-R21-woman = Depois de violência ou tráfico de pessoas, peça um lugar seguro para ficar. Peça também para ver um médico e falar com alguém. Peça ajuda jurídica e comida.
right-R21-official = A sobrevivente de violência ou de tráfico de pessoas deve ter acesso a alojamento seguro, orientação em seu idioma, atendimento médico e psicológico, assistência jurídica e consular e apoio material, com enfoque de gênero e de forma adequada à sua cultura e ao seu idioma.

right-R22-title = Uma autorização que não dependa do seu agressor
right-R22-woman = Sua autorização para ficar no país depende de um companheiro ou patrão que te maltrata? Pergunte se pode ter a sua própria. Vítimas de tráfico de pessoas ou de violência às vezes podem ficar de forma legal.
right-R22-official = A mulher cuja residência depende de um cônjuge ou empregador abusivo deve poder solicitar uma residência própria. As vítimas de tráfico de pessoas podem obter autorização para permanecer de forma temporária ou permanente, e pode haver vias de regularização para sobreviventes de violência de gênero e exploração.

right-R23-title = Informação sobre seus direitos
right-R23-woman = Você pode pedir informações claras sobre seus direitos, os riscos do caminho e onde buscar ajuda. Pergunte antes de sair, no caminho e ao chegar.
right-R23-official = Antes de sair, em trânsito e ao chegar, deve receber informações exatas sobre vias regulares de migração, riscos como a violência de gênero e o tráfico de pessoas, seus direitos, onde pedir ajuda, números de emergência e os procedimentos que se aplicam a ela.

right-R24-title = Mulheres LGBTI: segurança e respeito
right-R24-woman = Você tem os mesmos direitos que todas as pessoas. Você corre perigo por quem você ama ou por quem você é? Pode pedir asilo. Em um abrigo, peça um lugar seguro que respeite sua identidade de gênero.
right-R24-official = As mulheres lésbicas, bissexuais, trans e intersexo sofrem discriminações que se cruzam. Suas solicitações de asilo devem ser avaliadas de forma adequada, e na recepção ou na detenção elas devem ser alojadas conforme sua identidade de gênero e protegidas contra abusos.

right-R25-title = Um processo justo antes de deportar você
right-R25-woman = As normas internacionais proíbem deportar pessoas em grupo sem olhar cada caso. Peça a decisão por escrito e na sua língua. Peça que olhem a decisão de novo.
right-R25-official = Segundo as normas internacionais, a expulsão deve ser decidida caso a caso por uma autoridade competente conforme a lei, comunicada com seus motivos em um idioma que ela entenda e ser passível de recurso. A expulsão coletiva é proibida.

right-R26-title = Livre para sair do seu país
right-R26-woman = Você tem o direito de sair do seu país. Segundo as normas internacionais, você não precisa da permissão de um homem para viajar. Ninguém deveria obrigar você a fazer um teste de gravidez ou de HIV para sair.
right-R26-official = É livre para sair de qualquer país, inclusive do seu. As proibições baseadas no sexo, a exigência de permissão de um homem e os testes obrigatórios de gravidez ou HIV discriminam as mulheres e as empurram para rotas mais perigosas.

right-R27-title = Respeito e não repetir sua história
right-R27-woman = Você decide o que fazer. Você não deveria ter que contar sua história de novo e de novo. Você pode pedir uma pausa, uma mulher para atender você ou alguém para acompanhar você.
right-R27-official = Deve ser tratada com dignidade, como titular de direitos cujas decisões são respeitadas, sem reviver o trauma por procedimentos repetidos ou hostis. O apoio não pode depender de sua participação em um processo.

right-R28-title = Apoio adaptado ao que você precisa
right-R28-woman = Você está grávida ou é mais velha? Tem uma deficiência ou fala uma língua indígena? Peça ajuda que sirva para você.
right-R28-official = Deve-se dar atenção especial às mulheres grávidas, às mulheres com deficiência, às meninas, às idosas, às indígenas ou de minorias étnicas e às privadas de liberdade. Os serviços e as informações devem ser acessíveis para elas.

## Actions

action-A01-title = Detectar riscos desde o primeiro contato
action-A01-official = No primeiro contato, a equipe busca sinais de violência, tráfico de pessoas, crianças e adolescentes não acompanhados, necessidade de proteção, gravidez ou deficiência, com indicadores conhecidos e sem exigir provas robustas.
action-A01-woman = Você pode dizer se está em perigo, se está ferida ou se vai ter um bebê. Devem ouvir você e levar você a quem possa ajudar.

action-A02-title = Encaminhar ao serviço adequado
action-A02-official = Cada caso é encaminhado ao serviço competente por meio de um mecanismo ou protocolo de encaminhamento com enfoque de gênero e sensível à infância, e recebe acompanhamento.
action-A02-woman = Peça que levem você ao serviço que pode ajudar. Peça um nome, um endereço ou um telefone.

action-A03-title = Funcionárias mulheres em fronteiras e centros
action-A03-official = Contratam-se e designam-se funcionárias e pessoal feminino em fronteiras, pontos de recepção e locais de detenção.
action-A03-woman = Você pode pedir para falar com uma agente mulher.

action-A04-title = Entrevista a sós e pedido próprio
action-A04-official = Ela é entrevistada em particular, separada de familiares ou acompanhantes homens, e lhe são oferecidas entrevistadora e intérprete mulheres; pode apresentar seu próprio pedido de asilo.
action-A04-woman = Peça para falar a sós, sem seu companheiro e sem sua família. Peça que uma mulher faça as perguntas e que uma mulher traduza. Você pode fazer seu próprio pedido de asilo.

action-A05-title = Intérprete e informação clara
action-A05-official = Oferece-se interpretação qualificada e informação em um idioma e formato que ela entenda, incluindo línguas indígenas, formatos para baixa alfabetização e formatos acessíveis para pessoas com deficiência.
action-A05-woman = Você pode pedir um intérprete no seu idioma, também em língua indígena. Você pode pedir que expliquem com palavras simples, ou em voz alta se você não lê.

action-A06-title = Proteção imediata e abrigo
action-A06-official = Presta-se proteção imediata: avaliação de segurança e de risco, abrigo de emergência, comida, roupa e primeiro atendimento médico e psicossocial.
action-A06-woman = Se você está em perigo, pode pedir um lugar seguro para dormir, comida e roupa. Também pode pedir primeiros socorros e alguém com quem conversar.

action-A07-title = Atendimento médico depois de um estupro
action-A07-official = O atendimento clínico após um estupro é prestado o quanto antes: profilaxia pós-exposição ao HIV em até 72 horas (tratamento de 28 dias), contracepção de emergência em até 5 dias (120 horas), prevenção ou tratamento de IST, vacina contra hepatite B (primeira dose em até 3 meses) e contra tétano conforme o caso, cuidado das feridas e primeiros socorros psicológicos. O atendimento não deveria depender de uma denúncia à polícia.
action-A07-woman = Depois de um estupro, vá logo a um serviço de saúde. O remédio contra o HIV só serve nos primeiros 3 dias. A pílula para não engravidar serve até 5 dias. Os guias internacionais dizem que o atendimento não deve esperar uma denúncia.

action-A08-title = Atendimento na gravidez e saúde sexual
action-A08-official = Presta-se atenção materna e de saúde sexual e reprodutiva independentemente da situação migratória: pré-natal e pós-parto, encaminhamento 24 horas para atendimento obstétrico e neonatal de emergência, kits de parto limpo para gestantes com gravidez visível em trânsito, contracepção e serviços de HIV e IST.
action-A08-woman = Você pode pedir consultas na gravidez e depois do parto, mesmo sem documentos. Se você está grávida e a caminho, pode pedir um kit de parto limpo. Também pode pedir anticoncepcionais e testes de HIV.

action-A09-title = Sem controle migratório nos serviços
action-A09-official = Os serviços de saúde, educação, abrigo, atendimento a vítimas e justiça não perguntam nem informam sobre a situação migratória e protegem os dados pessoais (barreira de proteção, ou “firewall”).
action-A09-woman = Antes de dar seus dados, pergunte se o serviço os passa à migração. As normas internacionais dizem que a saúde, a escola e o abrigo não deveriam te denunciar.

action-A10-title = Atender como possível vítima de tráfico de pessoas
action-A10-official = A pessoa é tratada como vítima de tráfico de pessoas quando há motivos razoáveis: é assistida independentemente de colaborar, de sua situação migratória ou do processo penal, sua identidade é protegida e lhe são oferecidas recuperação e opções para permanecer.
action-A10-woman = Se alguém te explora, peça ajuda, mesmo sem denunciar. Deveriam guardar seu nome em segredo. Pergunte se há jeito de ficar no país.

action-A11-title = Informar e registrar o pedido de asilo
action-A11-official = Ela é informada de seu direito de pedir asilo, seu pedido é registrado e encaminhado, e avalia-se a perseguição por motivos de gênero (e os motivos da definição regional onde a lei nacional os inclui).
action-A11-woman = Você pode dizer a qualquer agente de fronteira ou de migração que quer pedir asilo. As normas internacionais dizem que devem anotar e enviar seu pedido. A violência contra você por ser mulher pode ser motivo de asilo.

action-A12-title = Analisar os riscos antes de um retorno
action-A12-official = Segundo as normas internacionais, antes de qualquer retorno, faz-se uma avaliação individual de riscos, incluindo os riscos próprios do gênero, como violência sexual, violência doméstica e novo tráfico de pessoas, com devido processo e um recurso efetivo; sem expulsões coletivas.
action-A12-woman = Antes de te mandarem de volta, conte que perigos te esperam. As normas internacionais dizem que devem olhar o seu caso. Peça que revisem a decisão. Pergunte a um serviço da lista de contatos como funciona neste país.

action-A13-title = Alternativas à detenção e condições seguras
action-A13-official = Usam-se alternativas sem privação de liberdade. Se a detenção for inevitável, é o último recurso e pelo menor tempo possível, com separação de homens que não sejam da família, água, saneamento, higiene e saúde reprodutiva adequados ao seu gênero, acesso a advogado, intérprete, consulado, asilo e supervisão independente, e respeito à identidade de gênero.
action-A13-woman = Se você for presa, pode pedir para ficar longe de homens que você não conhece. Pode pedir absorventes, água limpa e um médico. Pode pedir um advogado, seu consulado ou asilo.

action-A14-title = Não deter meninas e meninos
action-A14-official = Segundo as normas internacionais, meninas, meninos e adolescentes nunca são detidos por motivos migratórios, nem sozinhos nem com sua família; as famílias são colocadas em alternativas comunitárias sem privação de liberdade, sob a condução da proteção da infância.
action-A14-woman = Seus filhos não deveriam ser presos. Você pode pedir para ficar com eles em um lugar seguro, como um abrigo.

action-A15-title = Interesse superior e tutor
action-A15-official = Antes de decidir o acolhimento ou o retorno, avalia-se ou determina-se o interesse superior; às crianças e adolescentes não acompanhados ou separados são nomeados um tutor e um representante legal assim que são identificados, e eles são ouvidos.
action-A15-woman = Você tem menos de 18 anos e está sozinha? Peça um adulto que ajude você e fale por você, e um advogado. Segundo as normas internacionais, devem ouvir você antes de decidir para onde você vai.

action-A16-title = Uma verificação justa da idade
action-A16-official = Segundo as normas internacionais, a idade só é avaliada se houver dúvidas, de forma integral, multidisciplinar, com enfoque de gênero e adequada à cultura; a pessoa recebe o benefício da dúvida, é tratada como menor de idade enquanto isso e pode recorrer.
action-A16-woman = As normas internacionais te protegem se duvidam da sua idade. Enquanto checam, deveriam te tratar como criança. Devem checar com respeito. Você pode contestar o resultado.

action-A17-title = Informar do direito de avisar o consulado
action-A17-official = Ao prendê-la ou detê-la, ela é informada sem demora de que pode pedir que seu consulado seja avisado; o consulado só é notificado se ela pedir, e suas comunicações são transmitidas.
action-A17-woman = Se você for presa, deveriam te dizer que pode avisar o seu consulado. Só avisam o consulado se você quiser.

action-A18-title = Ajuda consular para mulheres em risco
action-A18-official = Os consulados identificam e assistem seus nacionais em situação de vulnerabilidade (violência de gênero, tráfico de pessoas, exploração laboral, crimes) com pessoal capacitado em gênero e linhas de ajuda, emitem documentos de identidade e de viagem e registram nascimentos no exterior.
action-A18-woman = Seu consulado pode ajudar você se você sofrer violência, abuso no trabalho ou um crime. Ele pode dar documentos a você e registrar o seu bebê. Você pode ligar ou ir até lá.

action-A19-title = Denúncias, ajuda jurídica e medidas de proteção
action-A19-official = Recebem-se denúncias independentemente da situação migratória; prestam-se assistência jurídica, interpretação, medidas protetivas e apoio à vítima durante todo o processo, e ela não é punida se decidir não participar.
action-A19-woman = Você pode dar queixa, mesmo sem documentos. Peça ajuda jurídica e um intérprete. Peça também uma ordem para o agressor ficar longe de você. Ela se chama medida protetiva.

action-A20-title = Proteção trabalhista e salários não pagos
action-A20-official = A fiscalização do trabalho se dirige aos empregadores que exploram, não às trabalhadoras; as trabalhadoras domésticas têm vias de queixa acessíveis; os salários também podem ser cobrados após o retorno; coíbe-se a retenção de passaportes.
action-A20-woman = Você pode reclamar de abuso no trabalho, também se você trabalha em uma casa. Você pode cobrar salários não pagos, mesmo depois de voltar. As normas internacionais dizem que seu patrão não pode ficar com o seu passaporte.

action-A21-title = Informação antes de sair
action-A21-official = Antes da saída, os serviços do país de origem informam sobre direitos, vias regulares, riscos de violência de gênero e de tráfico de pessoas, números de emergência e como contatar os consulados.
action-A21-woman = Antes de sair, pergunte como viajar com segurança. Pergunte sobre os riscos, seus direitos e onde pedir ajuda. Peça o telefone do seu consulado e os de emergência.

action-A22-title = Eliminar regras injustas de saída e fiscalizar agências de recrutamento
action-A22-official = Os países de origem eliminam as regras de saída discriminatórias (permissão de um homem, proibições baseadas no sexo, testes obrigatórios de gravidez ou HIV) e regulam e supervisionam as agências de recrutamento.
action-A22-woman = Você não deveria precisar da permissão de um homem nem de um teste de gravidez ou de HIV para sair. As agências de emprego devem ser fiscalizadas.

action-A23-title = Registro de nascimento e documentos
action-A23-official = Registra-se todo nascimento, independentemente da situação dos pais; emitem-se documentos de identidade; oferece-se registro itinerante em zonas de fronteira, e os consulados registram seus nacionais.
action-A23-woman = Você pode registrar seu bebê mesmo sem documentos. Fora do seu país, o seu consulado também pode te dar documentos.

action-A24-title = Um retorno seguro e preparado
action-A24-official = O retorno é organizado como um processo individual, seguro, digno e de preferência voluntário, que leva em conta os processos pendentes: emitem-se documentos de viagem, ela é preparada antes da saída e entregue aos serviços de recepção (à proteção da infância, no caso de meninas e meninos).
action-A24-woman = Se mandarem você de volta, você pode perguntar quando e como vai ser. Você pode pedir documentos de viagem e que um serviço de apoio receba você na chegada.

action-A25-title = Recepção e um plano para recomeçar
action-A25-official = No retorno, as autoridades de origem e seus parceiros oferecem recepção e um plano individual de reintegração (abrigo, atendimento médico e psicossocial, incluindo saúde sexual e reprodutiva e serviços para violência de gênero, ajuda jurídica, educação, capacitação, meios de vida, orientação familiar), combatem o estigma e a protegem de quem a fez fugir.
action-A25-woman = Ao voltar, peça um lugar para ficar, cuidado médico e alguém com quem falar. Peça ajuda com documentos, estudo, curso ou trabalho. Se tem medo de alguém, avise.

action-A26-title = Manter unidas e reunir as famílias
action-A26-official = As famílias são mantidas juntas; quem foi separado é procurado e reunido conforme o interesse superior da criança, e os trâmites de reunificação familiar são facilitados.
action-A26-woman = Você pode pedir que não separem você dos seus filhos. Se você os perdeu, pode pedir ajuda para encontrá-los.

action-A27-title = Capacitar os profissionais da linha de frente
action-A27-official = Os profissionais da linha de frente recebem formação em identificação, entrevista e encaminhamento com enfoque de gênero, sensível à infância e informada sobre o trauma, incluindo os indicadores de vulnerabilidade.
action-A27-woman = As pessoas que te atendem deveriam saber ver o perigo e te tratar com cuidado.

action-A28-title = Residência própria, permanência e regularização
action-A28-official = Concedem-se ou facilitam-se a residência independente de um cônjuge ou empregador abusivo, opções de permanência para vítimas de tráfico de pessoas e vias de regularização para sobreviventes.
action-A28-woman = Pergunte na migração se pode ter uma autorização só sua. Pergunte se há jeito de ficar para vítimas de violência ou de tráfico de pessoas.

action-A29-title = Serviços adaptados a cada mulher
action-A29-official = Os serviços se adaptam a necessidades que se cruzam: acessibilidade para deficiência, idade avançada, identidade e língua indígenas, e segurança para mulheres LGBTI.
action-A29-woman = Você pode pedir uma ajuda do jeito que você precisa. Por exemplo: acesso se você tem uma deficiência, sua própria língua ou um lugar seguro se você é LGBTI.

action-A30-title = Trabalho centrado na sobrevivente
action-A30-official = A equipe trabalha centrada na sobrevivente: consentimento informado, sem entrevistas repetidas, informações compartilhadas só com o seu consentimento e respeito às suas decisões.
action-A30-woman = Não deveriam fazer nada sem o seu acordo. Você não deveria ter que repetir sua história muitas vezes. Só deveriam passar seus dados se você concordar.

## Avisos que acompanham conselhos arriscados (content/advice.toml)

warning-consulate-title = Seu consulado: só se você se sentir segura
warning-consulate-woman = Não procure seu consulado se você tem medo do seu próprio governo. Se você for detida, seu consulado só é avisado se você pedir. Você pode pedir asilo sem passar pelo seu consulado.
warning-consulate-official = Ela marcou asilo ou LGBTI. Contate o consulado dela só se ela pedir: ela pode temer o próprio Estado. Em caso de prisão ou detenção, o consulado dela só é informado a pedido dela (CVRC art. 36(1)(b)).

## Estado de uma base: o número do parágrafo nunca foi verificado na fonte

basis-unchecked = parágrafo não verificado
