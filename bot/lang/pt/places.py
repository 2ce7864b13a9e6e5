"""Portuguese names of places: countries, continents and regions, major cities.

Source: compiled for Sanad from the Portuguese short names of the United Nations member states,
in Brazilian and European spelling where they differ (Polônia/Polónia), plus
continents, regions and cities often written about. A knowledge base's own lexicon still
takes precedence. Names that are also common words are left out: Granada ("grenade"), Malta
("crowd"), Porto ("port"), Fortaleza ("fortress"), Salvador and Washington (people's names),
and Irã, which folds to "irá" (will go); Irão stays.
One name per line; spaces join its words.
"""

PLACES: frozenset[str] = frozenset(
    line.strip()
    for line in """
Afeganistão
África
África do Sul
Albânia
Alemanha
Amazônia
Amazónia
América
América Central
América do Norte
América do Sul
América Latina
Andorra
Angola
Antártida
Antártica
Antígua e Barbuda
Arábia Saudita
Argélia
Argentina
Armênia
Arménia
Ásia
Austrália
Áustria
Azerbaijão
Bahamas
Bahrein
Bangladesh
Barbados
Bélgica
Belize
Belo Horizonte
Benim
Berlim
Bielorrússia
Bolívia
Bósnia e Herzegovina
Botsuana
Brasil
Brasília
Brunei
Bruxelas
Buenos Aires
Bulgária
Burkina Faso
Burundi
Butão
Cabo Verde
Cairo
Camarões
Camboja
Canadá
Caribe
Catar
Cazaquistão
Chade
Chile
China
Chipre
Cidade do México
Coimbra
Colômbia
Comores
Congo
Coreia do Norte
Coreia do Sul
Costa do Marfim
Costa Rica
Croácia
Cuba
Curitiba
Dinamarca
Djibouti
Dominica
Egito
Egipto
El Salvador
Emirados Árabes Unidos
Equador
Eritreia
Escócia
Eslováquia
Eslovênia
Eslovénia
Espanha
Estados Unidos
Estônia
Estónia
Etiópia
Europa
Fiji
Filipinas
Finlândia
França
Gabão
Gâmbia
Gana
Geórgia
Grécia
Guatemala
Guiana
Guiné
Guiné Equatorial
Guiné-Bissau
Haiti
Holanda
Honduras
Hungria
Iêmen
Iémen
Índia
Indonésia
Inglaterra
Irão
Iraque
Irlanda
Islândia
Israel
Istambul
Itália
Jamaica
Japão
Jerusalém
Jordânia
Kiribati
Kuwait
Laos
Lesoto
Letônia
Letónia
Líbano
Libéria
Líbia
Liechtenstein
Lisboa
Lituânia
Londres
Luanda
Luxemburgo
Macedônia do Norte
Madagascar
Madagáscar
Madri
Madrid
Malásia
Malawi
Maldivas
Mali
Manaus
Maputo
Marrocos
Maurício
Mauritânia
Médio Oriente
Mediterrâneo
México
Mianmar
Moçambique
Moldávia
Mônaco
Mónaco
Mongólia
Montenegro
Moscou
Moscovo
Namíbia
Nauru
Nepal
Nicarágua
Níger
Nigéria
Noruega
Nova Iorque
Nova York
Nova Zelândia
Oceania
Omã
Oriente Médio
País de Gales
Países Baixos
Palau
Palestina
Panamá
Papua-Nova Guiné
Paquistão
Paraguai
Paris
Pequim
Peru
Polônia
Polónia
Porto Alegre
Portugal
Qatar
Quênia
Quénia
Quirguistão
Recife
Reino Unido
República Centro-Africana
República Checa
República Democrática do Congo
República Dominicana
República Tcheca
Rio de Janeiro
Roma
Romênia
Roménia
Ruanda
Rússia
Samoa
San Marino
Santa Lúcia
São Paulo
São Tomé e Príncipe
Senegal
Serra Leoa
Sérvia
Seicheles
Seul
Singapura
Síria
Somália
Sri Lanka
Suazilândia
Sudão
Sudão do Sul
Suécia
Suíça
Suriname
Tailândia
Taiwan
Tajiquistão
Tanzânia
Tchéquia
Timor-Leste
Togo
Tonga
Tóquio
Trinidad e Tobago
Tunísia
Turcomenistão
Turquia
Tuvalu
Ucrânia
Uganda
União Soviética
Uruguai
Uzbequistão
Vanuatu
Vaticano
Venezuela
Vietnã
Vietname
Zâmbia
Zimbábue
""".splitlines()
    if line.strip()
)
