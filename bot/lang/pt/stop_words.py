"""Portuguese stop words: function words dropped before keyword matching."""

# Word lists are whitespace-separated strings, as in spaCy's language data.

# "fica"/"ficar"/"ficou" (spaCy lists them) are kept: "onde fica X?" asks where X is located,
# and the sentence that answers says "fica". Negation (não) is deliberately not a stop word:
# "caso o histórico não a indicar" turns on it.
# Source: the NLTK stopwords corpus, nltk_data corpora/stopwords/portuguese (the Snowball
# Portuguese stop list, BSD-3-Clause), and the function words of spaCy v3
# spacy/lang/pt/stop_words.py (explosion/spaCy, MIT), both without their question words
# (como qual quais quando quanto que quem onde porque ...), numbers (um uma dois primeiro meio
# mil ...), time words (depois antes após desde agora ontem tarde ...) and content words (área
# grupo local lugar valor número ...); plus, compiled for Sanad: more contractions and pronouns
# and informal/chat forms (pra pro tá tô né vc cê q tb mto msm td aki ...).
# "segundo" is kept here as the preposition "according to"; the weekday "segunda" is not.
STOP_WORDS: set[str] = set(
    """
a acerca ademais ai ainda aki algo algum alguma algumas alguns ali além ambas ambos ao aos
apenas aquela aquelas aquele aqueles aqui aquilo as assim através atrás até aí cada ce cerca
certamente cima cmg com comigo conforme connosco conosco consigo contigo contra contudo convosco
ctg cuja cujas cujo cujos cá cê da dai daquela daquelas daquele daqueles daquilo das daí de
debaixo dela delas dele deles demais dentro dessa dessas desse desses desta destas deste destes
deve devem deverá diante disso disto do dos dum duma dumas duns e eh ela elas ele eles em embora
enquanto entao entre então era eram essa essas esse esses esta estamos estar estará estas estava
estavam este esteja estejam estejamos estes esteve estive estivemos estiver estivera estiveram
estiverem estivermos estivesse estivessem estivéramos estivéssemos estou está estás estávamos
estão eu favor faz fazem fazendo fazer fazes fazia faço feito fez    foi fomos for
fora foram forem formos fosse fossem fui fôramos fôssemos gostaria haja hajam hajamos havemos
hei houve houvemos houver houvera houveram houverei houverem houveremos houveria houveriam
houvermos houverá houverão houveríamos houvesse houvessem houvéramos houvéssemos há hão
inclusive ir iria iriam irá isso isto já lhe lhes logo lá mais mas me mediante mesmo meu meus
mim minha minhas msm mt mta mtas mto mtos muita muitas muito muitos n na nada naquela
naquelas naquele naqueles nas ne neh nela nelas nele neles nem nenhum nenhuma nenhumas nenhuns
nessa nesse nesta neste nisso nisto no nos nossa nossas nosso nossos num numa nunca nuns né
nós o obrigada obrigado oi ola olá ora os ou outra outras outro outros para parece pela pelas
pelo pelos perante pfv pfvr pode podem poder poderia poderiam poderá podes podia pois por
porquanto portanto porventura porém possivelmente posso pouca poucas pouco poucos pra praquela
praquele pras pro pros prum pruma prà própria próprias próprio próprios pude puderam pôde q
quaisquer qualquer quase quer querem queria queriam quero sabe saber sabes sabia saiba se
segundo sei seja sejam sejamos sem sempre sendo ser serei seremos seria seriam será serão
seríamos seu seus si sido sob sobre sois somente somos sou sua suas são só ta tais tal talvez
tambem também tamo tamos tampouco tanta tanto tava tavam tb tbm td tds te tem temos tendo tenha
tenham tenhamos tenho terei teremos teria teriam terá terão teríamos teu teus teve ti tinha
tinham tive tivemos tiver tivera tiveram tiverem tivermos tivesse tivessem tivéramos tivéssemos
tmb to toda todas todo todos tu tua tuas tudo tá tão têm tínhamos tô umas uns vai vais vamos vc
vcs vem vens vez voce voces você vocês vos vossa vossas vosso vossos vou vão vêm vós à àquela
àquele àquilo às é éramos és ñ
""".split()
)

# Compiled for Sanad: chat fillers, words by which visitors refer to the article itself
# ("na matéria", "esse texto"), which no answer repeats, and the indefinite pronouns, which in
# a question stand for the answer ("mandou alguém?" asks who was sent) as "algo" already does.
STOP_WORDS |= set(
    """
afinal alguem alguém aparece aparecem artigo citada citadas citado citados exatamente
matéria materia mencionada mencionadas mencionado mencionados mesmo mesmos ninguem ninguém
notícia reportagem texto tipo tô tá tão tava tavam
""".split()
)
