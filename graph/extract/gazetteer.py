"""Reference words the extractor recognises: OSCE structures, international organisations, States,
cities, regions, post words and honorifics.  Data only (no person names).

Canonical organisation names follow the gold conventions: osce.org menu names for OSCE units,
``OSCE Chairpersonship`` for the Chairperson-in-Office of any year, ``OSCE Secretariat`` for the
Secretary General.  When ``graph.reference.load_reference`` exists its labels are added lazily
(:func:`reference_labels`), but the extractor never depends on it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: the organisation's long name in any of its spellings, for patterns that read it ('Organisation for
#: Security and Cooperation in Europe' as outlets write it)
OSCE_LONG_REST = r" for Security and Co-?operation in Europe"  # what may follow 'the Organisation'
OSCE_LONG = r"Organi[sz]ation" + OSCE_LONG_REST

# canonical name -> variants (matched case-sensitively as whole words; longest match wins)
OSCE_STRUCTURES: dict[str, list[str]] = {
    "OSCE": ["OSCE", "Organization for Security and Co-operation in Europe"],
    "OSCE Secretariat": [
        "OSCE Secretariat",
        "Secretariat of the OSCE",
        "OSCE Secretary General",
        "OSCE Secretary-General",
        "Secretary General of the OSCE",
    ],
    "OSCE Chairpersonship": [
        "OSCE Chairpersonship",
        "OSCE Chairmanship",
        "OSCE Chair",
        "OSCE Chair-in-Office",
        "OSCE Chairperson-in-Office",
        "OSCE Chairman-in-Office",
    ],
    "Office of the Secretary General": [
        "OSCE Office of the Secretary General",
        "Office of the Secretary General",
    ],
    "OSCE Office for Democratic Institutions and Human Rights": [
        "OSCE Office for Democratic Institutions and Human Rights",
        "Office for Democratic Institutions and Human Rights",
        "OSCE/ODIHR",
        "ODIHR",
    ],
    "OSCE Representative on Freedom of the Media": [
        "OSCE Representative on Freedom of the Media",
        "Representative on Freedom of the Media",
        "Office of the OSCE Representative on Freedom of the Media",
        "RFoM",
        # as outlets write it
        "OSCE Representative on Media Freedom",
        "OSCE Media Freedom Representative",
    ],
    "OSCE High Commissioner on National Minorities": [
        "OSCE High Commissioner on National Minorities",
        "High Commissioner on National Minorities",
        "HCNM",
    ],
    "OSCE Parliamentary Assembly": [
        "OSCE Parliamentary Assembly",
        "Parliamentary Assembly of the OSCE",
        "OSCE PA",
        # the Assembly's own Secretary General, longer than the Secretariat's 'Secretary General of the OSCE'
        "Secretary General of the OSCE PA",
        "Secretary General of the OSCE Parliamentary Assembly",
    ],
    "Forum for Security Co-operation": [
        "OSCE Forum for Security Co-operation",
        "Forum for Security Co-operation",
        "FSC",
    ],
    "OSCE Permanent Council": ["OSCE Permanent Council", "Permanent Council"],
    "OSCE Ministerial Council": ["OSCE Ministerial Council"],
    "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings": [
        "Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        "Special Representative and Co-ordinator for Combating Trafficking in Human Beings",
        "Special Representative for Combating Trafficking in Human Beings",
        "OSR/CTHB",
    ],
    "Conflict Prevention Centre": ["OSCE Conflict Prevention Centre", "Conflict Prevention Centre", "CPC"],
    "Transnational Threats Department": [
        "OSCE Transnational Threats Department",
        "Transnational Threats Department",
        "TNTD",
    ],
    "Office of the Co-ordinator of OSCE Economic and Environmental Activities": [
        "Office of the Co-ordinator of OSCE Economic and Environmental Activities",
        "Co-ordinator of OSCE Economic and Environmental Activities",
        "OCEEA",
    ],
    "Gender Issues Programme": ["OSCE Gender Issues Programme", "Gender Issues Programme"],
    "Documentation Centre in Prague": [
        "OSCE Documentation Centre in Prague",
        "Documentation Centre in Prague",
    ],
    "Court of Conciliation and Arbitration": [
        "Court of Conciliation and Arbitration within the OSCE",
        "Court of Conciliation and Arbitration",
    ],
    "OSCE Border Management Staff College": [
        "OSCE Border Management Staff College",
        "Border Management Staff College",
    ],
    "OSCE Academy in Bishkek": ["OSCE Academy in Bishkek", "OSCE Academy"],
    "OSCE Minsk Group": ["OSCE Minsk Group", "Minsk Group"],
    "Trilateral Contact Group": ["Trilateral Contact Group"],
    "OSCE Special Monitoring Mission to Ukraine": [
        "OSCE Special Monitoring Mission to Ukraine",
        "Special Monitoring Mission to Ukraine",
        "OSCE Special Monitoring Mission",
        "Special Monitoring Mission",
        "OSCE SMM",
        "SMM",
    ],
    "OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk": [
        "OSCE Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
        "Observer Mission at the Russian Checkpoints Gukovo and Donetsk",
        "OSCE Observer Mission at the Russian Checkpoints",
        "Observer Mission at the Russian Checkpoints",
    ],
    "Mediterranean Partners for Co-operation": [
        "OSCE Mediterranean Partners for Co-operation",
        "Mediterranean Partners for Co-operation",
        "Mediterranean Partners",
    ],
    "Asian Partners for Co-operation": [
        "OSCE Asian Partners for Co-operation",
        "Asian Partners for Co-operation",
        "Asian Partners",
    ],
    "Partners for Co-operation": ["OSCE Partners for Co-operation", "Partners for Co-operation"],
    "Alliance against Trafficking in Persons": ["Alliance against Trafficking in Persons"],
}

# field operations: canonical menu name (with OSCE prefix) -> host words that identify it
FIELD_OPERATIONS: dict[str, tuple[str, list[str]]] = {
    "OSCE Presence in Albania": ("Presence", ["Albania", "Tirana"]),
    "OSCE Centre in Ashgabat": ("Centre", ["Ashgabat", "Turkmenistan"]),
    "OSCE Programme Office in Astana": ("Programme Office", ["Astana", "Nur-Sultan", "Kazakhstan"]),
    "OSCE Programme Office in Bishkek": ("Programme Office", ["Bishkek", "Kyrgyzstan", "Kyrgyz Republic"]),
    "OSCE Centre in Bishkek": ("Centre", ["Bishkek"]),
    "OSCE Mission to Bosnia and Herzegovina": ("Mission", ["Bosnia and Herzegovina", "BiH"]),
    "OSCE Programme Office in Dushanbe": ("Programme Office", ["Dushanbe", "Tajikistan"]),
    "OSCE Office in Tajikistan": ("Office", ["Tajikistan"]),
    "OSCE Mission in Kosovo": ("Mission", ["Kosovo"]),
    "OSCE Mission to Moldova": ("Mission", ["Moldova", "Republic of Moldova", "the Republic of Moldova"]),
    "OSCE Mission to Montenegro": ("Mission", ["Montenegro"]),
    "OSCE Mission to Serbia": ("Mission", ["Serbia"]),
    "OSCE Mission to Skopje": ("Mission", ["Skopje"]),
    "OSCE Project Co-ordinator in Uzbekistan": ("Project Co-ordinator", ["Uzbekistan"]),
    "OSCE Project Co-ordinator in Ukraine": ("Project Co-ordinator", ["Ukraine"]),
    "OSCE Mission to Georgia": ("Mission", ["Georgia"]),
    "OSCE Mission to Croatia": ("Mission", ["Croatia"]),
    "OSCE Office in Yerevan": ("Office", ["Yerevan"]),
    "OSCE Office in Baku": ("Office", ["Baku"]),
    "OSCE Office in Minsk": ("Office", ["Minsk"]),
    "OSCE Office in Zagreb": ("Office", ["Zagreb"]),
    "OSCE Mission to Ukraine": ("Mission", []),
}

INTERNATIONAL_ORGANISATIONS: dict[str, list[str]] = {
    "United Nations": ["United Nations", "UN"],
    "UN Security Council": ["UN Security Council", "United Nations Security Council", "UNSC"],
    "UN General Assembly": ["UN General Assembly", "United Nations General Assembly", "UNGA"],
    "UN Human Rights Council": ["UN Human Rights Council", "United Nations Human Rights Council"],
    "UN Secretariat": ["UN Secretariat", "United Nations Secretariat"],
    "UN Peacebuilding Commission": ["UN Peacebuilding Commission", "United Nations Peacebuilding Commission"],
    "UNAIDS": ["UNAIDS"],
    "UNMIK": [
        "UNMIK",
        "United Nations Interim Administration Mission in Kosovo",
        "UN Interim Administration Mission in Kosovo",
    ],
    "UNIDO": ["UNIDO", "United Nations Industrial Development Organization"],
    "UNITAR": ["UNITAR"],
    "UNOPS": ["UNOPS"],
    "UNICRI": ["UNICRI"],
    "UNOG": ["UNOG"],
    "UNOV": ["UNOV"],
    "UNODC": ["UNODC", "United Nations Office on Drugs and Crime", "UN Office on Drugs and Crime"],
    "UNICEF": ["UNICEF", "United Nations Children's Fund"],
    "UNHCR": [
        "UNHCR",
        "United Nations High Commissioner for Refugees",
        "UN Refugee Agency",
        "UN High Commissioner for Refugees",
    ],
    "UN Women": ["UN Women"],
    "UNDP": ["UNDP", "United Nations Development Programme", "UN Development Programme"],
    "UNESCO": ["UNESCO"],
    "UNECE": ["UNECE", "United Nations Economic Commission for Europe"],
    "UNEP": ["UNEP", "United Nations Environment Programme", "UN Environment"],
    "UNFPA": ["UNFPA"],
    "OHCHR": [
        "OHCHR",
        "Office of the United Nations High Commissioner for Human Rights",
        "UN High Commissioner for Human Rights",
        "United Nations High Commissioner for Human Rights",
    ],
    "UNRCCA": ["UNRCCA"],
    "UNOCT": ["UNOCT", "UN Office of Counter-Terrorism", "United Nations Office of Counter-Terrorism"],
    "UN Counter-Terrorism Committee": ["UN Counter-Terrorism Committee", "Counter-Terrorism Committee"],
    "International Organization for Migration": ["International Organization for Migration", "IOM"],
    "International Labour Organization": ["International Labour Organization", "ILO"],
    "World Health Organization": ["World Health Organization", "WHO"],
    "International Atomic Energy Agency": ["International Atomic Energy Agency", "IAEA"],
    "World Bank": ["World Bank"],
    "International Monetary Fund": ["International Monetary Fund", "IMF"],
    "European Union": ["European Union", "EU"],
    "European Commission": ["European Commission"],
    "European Parliament": ["European Parliament"],
    "Council of the European Union": ["Council of the European Union"],
    "European External Action Service": ["European External Action Service", "EEAS"],
    "European Union Agency for Fundamental Rights": [
        "European Union Agency for Fundamental Rights",
        "EU Fundamental Rights Agency",
        "EU Agency for Fundamental Rights",
        "Fundamental Rights Agency",
        "FRA",
    ],
    "Frontex": ["Frontex", "European Border and Coast Guard Agency"],
    "Europol": ["Europol"],
    "Eurojust": ["Eurojust"],
    "EUFOR Althea": ["EUFOR Althea", "EUFOR"],
    "EULEX": ["EULEX"],
    "EU Monitoring Mission": ["EU Monitoring Mission", "EUMM"],
    "Council of Europe": ["Council of Europe", "CoE"],
    "Parliamentary Assembly of the Council of Europe": [
        "Parliamentary Assembly of the Council of Europe",
        "PACE",
    ],
    "European Court of Human Rights": ["European Court of Human Rights"],
    "Venice Commission": ["Venice Commission"],
    "NATO": ["NATO", "North Atlantic Treaty Organization"],
    "NATO Parliamentary Assembly": ["NATO Parliamentary Assembly", "NATO PA"],
    "Commonwealth of Independent States": ["Commonwealth of Independent States", "CIS"],
    "Collective Security Treaty Organization": ["Collective Security Treaty Organization", "CSTO"],
    "Shanghai Cooperation Organisation": [
        "Shanghai Cooperation Organisation",
        "Shanghai Cooperation Organization",
        "SCO",
    ],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations"],
    "ASEAN Regional Forum": ["ASEAN Regional Forum"],
    "African Union": ["African Union"],
    "League of Arab States": ["League of Arab States", "Arab League"],
    "Organisation of Islamic Cooperation": [
        "Organisation of Islamic Cooperation",
        "Organization of Islamic Cooperation",
    ],
    "Conference on Interaction and Confidence-Building Measures in Asia": [
        "Conference on Interaction and Confidence-Building Measures in Asia",
        "CICA",
    ],
    "Interpol": ["Interpol", "INTERPOL"],
    "International Committee of the Red Cross": ["International Committee of the Red Cross", "ICRC"],
    "OECD": ["OECD", "Organisation for Economic Co-operation and Development"],
    "EBRD": ["EBRD", "European Bank for Reconstruction and Development"],
    "Regional Cooperation Council": ["Regional Cooperation Council"],
    "GUAM": ["GUAM"],
    "Black Sea Economic Cooperation": ["Black Sea Economic Cooperation", "BSEC"],
    "International Election Observation Mission": ["International Election Observation Mission", "IEOM"],
    "Thomson Reuters Foundation": ["Thomson Reuters Foundation"],
    "Amnesty International": ["Amnesty International"],
    "Human Rights Watch": ["Human Rights Watch"],
    "Reporters Without Borders": ["Reporters Without Borders"],
    "Committee to Protect Journalists": ["Committee to Protect Journalists"],
    "European Broadcasting Union": ["European Broadcasting Union"],
    "International Federation of Journalists": ["International Federation of Journalists"],
    "European Federation of Journalists": ["European Federation of Journalists"],
    "Council of Europe Committee of Ministers": ["Committee of Ministers of the Council of Europe"],
    "European Council": ["European Council"],
    "European Court of Justice": ["European Court of Justice", "Court of Justice of the European Union"],
    "European Investment Bank": ["European Investment Bank", "EIB"],
    "European Union Agency for Asylum": ["European Union Agency for Asylum", "EUAA"],
    "European Union Advisory Mission": ["European Union Advisory Mission", "EUAM"],
    "EU Border Assistance Mission to Moldova and Ukraine": [
        "EU Border Assistance Mission to Moldova and Ukraine",
        "European Union Border Assistance Mission to Moldova and Ukraine",
        "EUBAM",
    ],
    "Eurasian Economic Union": ["Eurasian Economic Union", "EAEU"],
    "Organization of the Black Sea Economic Cooperation": [
        "Organization of the Black Sea Economic Cooperation"
    ],
    "Central European Initiative": ["Central European Initiative", "CEI"],
    "Council of the Baltic Sea States": ["Council of the Baltic Sea States", "CBSS"],
    "Nordic Council": ["Nordic Council"],
    "Organization of American States": ["Organization of American States", "OAS"],
    "International Criminal Court": ["International Criminal Court", "ICC"],
    "International Court of Justice": ["International Court of Justice", "ICJ"],
    "International Criminal Tribunal for the former Yugoslavia": [
        "International Criminal Tribunal for the former Yugoslavia",
        "ICTY",
    ],
    "International Residual Mechanism for Criminal Tribunals": [
        "International Residual Mechanism for Criminal Tribunals",
        "IRMCT",
    ],
    "International Federation of Red Cross and Red Crescent Societies": [
        "International Federation of Red Cross and Red Crescent Societies",
        "IFRC",
    ],
    "World Trade Organization": ["World Trade Organization", "WTO"],
    "World Customs Organization": ["World Customs Organization", "WCO"],
    "International Civil Aviation Organization": ["International Civil Aviation Organization", "ICAO"],
    "International Maritime Organization": ["International Maritime Organization", "IMO"],
    "International Telecommunication Union": ["International Telecommunication Union", "ITU"],
    "Financial Action Task Force": ["Financial Action Task Force", "FATF"],
    "Asian Development Bank": ["Asian Development Bank", "ADB"],
    "Islamic Development Bank": ["Islamic Development Bank"],
    "Global Counterterrorism Forum": ["Global Counterterrorism Forum", "GCTF"],
    "Geneva Centre for Security Sector Governance": ["Geneva Centre for Security Sector Governance", "DCAF"],
    "Geneva International Centre for Humanitarian Demining": [
        "Geneva International Centre for Humanitarian Demining",
        "GICHD",
    ],
    "International Institute for Democracy and Electoral Assistance": [
        "International Institute for Democracy and Electoral Assistance",
        "International IDEA",
    ],
    "Stability Pact for South Eastern Europe": ["Stability Pact for South Eastern Europe", "Stability Pact"],
    "Freedom House": ["Freedom House"],
    "Transparency International": ["Transparency International"],
    "International Crisis Group": ["International Crisis Group"],
    "Norwegian Helsinki Committee": ["Norwegian Helsinki Committee"],
    "Open Society Foundations": ["Open Society Foundations", "Open Society Institute"],
    "International Press Institute": ["International Press Institute"],
    "ARTICLE 19": ["ARTICLE 19"],
    "Medecins Sans Frontieres": [
        "Médecins Sans Frontières",
        "Medecins Sans Frontieres",
        "Doctors Without Borders",
    ],
    "Caritas": ["Caritas"],
    "La Strada International": ["La Strada International"],
}

# news agencies, broadcasters and newspapers that report on the OSCE area (names as they sign their
# reports; canonical name first).  Ambiguous short names ('Trend', 'Kabar', 'AP') are recognised only in a
# credit or next to an outlet word, by the patterns in ``organisations``.
MEDIA_OUTLETS: dict[str, list[str]] = {
    "Agence France-Presse": ["Agence France-Presse", "Agence France Presse", "AFP"],
    "Reuters": ["Reuters", "Thomson Reuters"],
    "Associated Press": ["Associated Press"],
    "Deutsche Presse-Agentur": ["Deutsche Presse-Agentur", "dpa"],
    "ANSA": ["ANSA"],
    "EFE": ["EFE", "Agencia EFE"],
    "Xinhua": ["Xinhua", "Xinhua News Agency"],
    "Anadolu Agency": ["Anadolu Agency", "Anadolu"],
    "Interfax": ["Interfax", "Interfax-Ukraine", "Interfax-Kazakhstan"],
    "TASS": ["TASS", "ITAR-TASS"],
    "RIA Novosti": ["RIA Novosti", "RIA"],
    "Sputnik": ["Sputnik"],
    "Ukrinform": ["Ukrinform"],
    "UNIAN": ["UNIAN"],
    "Kazinform": ["Kazinform"],
    "Kabar": ["Kabar news agency"],
    "AKIpress": ["AKIpress", "24.kg"],
    "Asia-Plus": ["Asia-Plus", "Asia Plus"],
    "Khovar": ["Khovar"],
    "Turkmenistan: the Golden Age": ["Turkmenistan: the Golden Age"],
    "Azertac": ["Azertac", "AZERTAC", "AzerTAc"],
    "APA": ["APA"],
    "Armenpress": ["Armenpress", "ARMENPRESS"],
    "News.am": ["News.am"],
    "Civil.ge": ["Civil.ge", "Civil Georgia"],
    "Agenda.ge": ["Agenda.ge"],
    "Moldpres": ["Moldpres"],
    "IPN": ["IPN"],
    "BelTA": ["BelTA", "BELTA"],
    "Tanjug": ["Tanjug"],
    "Beta": ["Beta news agency"],
    "HINA": ["HINA"],
    "FENA": ["FENA"],
    "MIA": ["MIA news agency"],
    "BTA": ["BTA"],
    "Agerpres": ["Agerpres", "AGERPRES"],
    "PAP": ["PAP"],
    "CTK": ["CTK", "ČTK"],
    "MTI": ["MTI"],
    "APA-Austria Presse Agentur": ["Austria Presse Agentur"],
    "Keystone-SDA": ["Keystone-SDA"],
    "Belga": ["Belga"],
    "Yonhap": ["Yonhap"],
    "Kyodo": ["Kyodo", "Kyodo News"],
    "BBC": ["BBC", "BBC News", "British Broadcasting Corporation"],
    "CNN": ["CNN"],
    "Euronews": ["Euronews"],
    "Deutsche Welle": ["Deutsche Welle", "DW"],
    "Radio Free Europe/Radio Liberty": [
        "Radio Free Europe/Radio Liberty",
        "Radio Free Europe",
        "RFE/RL",
        "Radio Liberty",
    ],
    "Voice of America": ["Voice of America", "VOA"],
    "Al Jazeera": ["Al Jazeera"],
    "France 24": ["France 24"],
    "Radio France Internationale": ["Radio France Internationale", "RFI"],
    "Bloomberg": ["Bloomberg"],
    "Eurasianet": ["Eurasianet", "EurasiaNet"],
    "Balkan Insight": ["Balkan Insight", "BIRN", "Balkan Investigative Reporting Network"],
    "Institute for War and Peace Reporting": ["Institute for War and Peace Reporting", "IWPR"],
    "The Times": ["The Times"],
    "The Guardian": ["The Guardian"],
    "Financial Times": ["Financial Times"],
    "The Economist": ["The Economist"],
    "New York Times": ["New York Times", "The New York Times"],
    "Washington Post": ["Washington Post", "The Washington Post"],
    "Wall Street Journal": ["Wall Street Journal", "The Wall Street Journal"],
    "Le Monde": ["Le Monde"],
    "Frankfurter Allgemeine Zeitung": ["Frankfurter Allgemeine Zeitung", "Frankfurter Allgemeine", "FAZ"],
    "Süddeutsche Zeitung": ["Süddeutsche Zeitung"],
    "Der Standard": ["Der Standard"],
    "Die Presse": ["Die Presse"],
    "Neue Zürcher Zeitung": ["Neue Zürcher Zeitung", "NZZ"],
    "Kommersant": ["Kommersant"],
    "Izvestia": ["Izvestia", "Izvestiya"],
    "Vedomosti": ["Vedomosti"],
    "Novaya Gazeta": ["Novaya Gazeta"],
    "Kyiv Independent": ["Kyiv Independent", "The Kyiv Independent"],
    "Kyiv Post": ["Kyiv Post", "Kiev Post"],
    "Radio B92": ["Radio B92", "B92"],
    "Politico": ["Politico", "POLITICO"],
}

# national legislatures known by their own name -> State (the gold names them '<name> of <State>');
# matched through :func:`fold`, so transliteration variants ('Maslahaty'/'Maslakhaty') are one entry
LEGISLATURES: dict[str, str] = {
    "Verkhovna Rada": "Ukraine",
    "Jogorku Kenesh": "Kyrgyzstan",
    "Mejlis": "Turkmenistan",
    "Halk Maslahaty": "Turkmenistan",
    "Milli Majlis": "Azerbaijan",
    "Milli Mejlis": "Azerbaijan",
    "Mazhilis": "Kazakhstan",
    "Majilis": "Kazakhstan",
    "Oliy Majlis": "Uzbekistan",
    "Legislative Chamber of the Oliy Majlis": "Uzbekistan",
    "Majlisi Oli": "Tajikistan",
    "Majlisi Namoyandagon": "Tajikistan",
    "State Duma": "Russian Federation",
    "Federation Council": "Russian Federation",
    "Sejm": "Poland",
    "Seimas": "Lithuania",
    "Saeima": "Latvia",
    "Riigikogu": "Estonia",
    "Storting": "Norway",
    "Stortinget": "Norway",
    "Bundestag": "Germany",
    "Bundesrat": "Germany",
    "Nationalrat": "Austria",
    "Knesset": "Israel",
    "Sabor": "Croatia",
    "Sobranie": "North Macedonia",
    "Althingi": "Iceland",
    "Folketing": "Denmark",
    "Folketinget": "Denmark",
    "Eduskunta": "Finland",
    "Riksdag": "Sweden",
    "Oireachtas": "Ireland",
    "Dáil Éireann": "Ireland",
    "Grand National Assembly": "Türkiye",
    "Verkhovna Rada of Ukraine": "Ukraine",
    "Narodna Skupstina": "Serbia",
    "Milli Mejlisi": "Azerbaijan",
}

# other States' former names (the text's own, kept as written): pycountry's historic countries are
# added in :func:`state_lookup`; these are the everyday forms it does not spell
HISTORIC_STATES: dict[str, str] = {
    "Soviet Union": "USSR",
    "Federal Republic of Yugoslavia": "Federal Republic of Yugoslavia",
    "FRY": "Federal Republic of Yugoslavia",
    "Socialist Federal Republic of Yugoslavia": "Yugoslavia",
    "State Union of Serbia and Montenegro": "Serbia and Montenegro",
}

# participating States and Partners for Co-operation (osce.org menu names) with aliases and adjectives
STATES: dict[str, dict[str, list[str]]] = {
    "Albania": {"alias": [], "adj": ["Albanian"]},
    "Andorra": {"alias": [], "adj": ["Andorran"]},
    "Armenia": {"alias": [], "adj": ["Armenian"]},
    "Austria": {"alias": [], "adj": ["Austrian"]},
    "Azerbaijan": {"alias": [], "adj": ["Azerbaijani", "Azeri"]},
    "Belgium": {"alias": [], "adj": ["Belgian"]},
    "Belarus": {
        "alias": ["Byelorussia", "Belorussia"],
        "adj": ["Belarusian", "Belarussian", "Byelorussian", "Belorussian"],
    },
    "Bosnia and Herzegovina": {"alias": ["BiH", "Bosnia-Herzegovina", "Bosnia"], "adj": ["Bosnian"]},
    "Bulgaria": {"alias": [], "adj": ["Bulgarian"]},
    "Canada": {"alias": [], "adj": ["Canadian"]},
    "Croatia": {"alias": [], "adj": ["Croatian"]},
    "Cyprus": {"alias": [], "adj": ["Cypriot"]},
    "Czech Republic": {"alias": ["Czechia"], "adj": ["Czech"]},
    "Denmark": {"alias": [], "adj": ["Danish"]},
    "Estonia": {"alias": [], "adj": ["Estonian"]},
    "Finland": {"alias": [], "adj": ["Finnish"]},
    "France": {"alias": [], "adj": ["French"]},
    "Georgia": {"alias": [], "adj": ["Georgian"]},
    "Germany": {"alias": [], "adj": ["German"]},
    "Greece": {"alias": [], "adj": ["Greek"]},
    "Holy See": {"alias": ["Vatican"], "adj": []},
    "Hungary": {"alias": [], "adj": ["Hungarian"]},
    "Iceland": {"alias": [], "adj": ["Icelandic"]},
    "Ireland": {"alias": [], "adj": ["Irish"]},
    "Italy": {"alias": [], "adj": ["Italian"]},
    "Kazakhstan": {"alias": ["Republic of Kazakhstan"], "adj": ["Kazakh", "Kazakhstani"]},
    "Kyrgyzstan": {
        "alias": ["Kyrgyz Republic", "Kirghizia", "Kirgizia"],
        "adj": ["Kyrgyz", "Kyrgyzstani", "Kirghiz"],
    },
    "Latvia": {"alias": [], "adj": ["Latvian"]},
    "Liechtenstein": {"alias": [], "adj": []},
    "Lithuania": {"alias": [], "adj": ["Lithuanian"]},
    "Luxembourg": {"alias": [], "adj": ["Luxembourgish"]},
    "Malta": {"alias": [], "adj": ["Maltese"]},
    "Moldova": {"alias": ["Republic of Moldova", "Moldavia"], "adj": ["Moldovan", "Moldavian"]},
    "Monaco": {"alias": [], "adj": ["Monegasque"]},
    "Mongolia": {"alias": [], "adj": ["Mongolian"]},
    "Montenegro": {"alias": [], "adj": ["Montenegrin"]},
    "Netherlands": {"alias": ["The Netherlands", "Holland"], "adj": ["Dutch"]},
    "North Macedonia": {
        "alias": [
            "former Yugoslav Republic of Macedonia",
            "Macedonia",
            "FYR Macedonia",
            "FYROM",
            "Republic of North Macedonia",
        ],
        "adj": ["Macedonian"],
    },
    "Norway": {"alias": [], "adj": ["Norwegian"]},
    "Poland": {"alias": [], "adj": ["Polish"]},
    "Portugal": {"alias": [], "adj": ["Portuguese"]},
    "Romania": {"alias": [], "adj": ["Romanian"]},
    "Russian Federation": {"alias": ["Russia"], "adj": ["Russian"]},
    "San Marino": {"alias": [], "adj": ["Sammarinese"]},
    "Serbia": {"alias": [], "adj": ["Serbian"]},
    "Slovakia": {"alias": ["Slovak Republic"], "adj": ["Slovak"]},
    "Slovenia": {"alias": [], "adj": ["Slovenian", "Slovene"]},
    "Spain": {"alias": [], "adj": ["Spanish"]},
    "Sweden": {"alias": [], "adj": ["Swedish"]},
    "Switzerland": {"alias": [], "adj": ["Swiss"]},
    "Tajikistan": {"alias": [], "adj": ["Tajik", "Tajikistani", "Tadjik"]},
    "Türkiye": {"alias": ["Turkey", "Turkiye"], "adj": ["Turkish"]},
    "Turkmenistan": {"alias": [], "adj": ["Turkmen", "Turkmenistani"]},
    "Ukraine": {"alias": [], "adj": ["Ukrainian"]},
    "United Kingdom": {"alias": ["UK", "Great Britain", "Britain"], "adj": ["British"]},
    "United States of America": {"alias": ["United States", "USA", "US", "U.S."], "adj": ["American"]},
    "Uzbekistan": {"alias": [], "adj": ["Uzbek", "Uzbekistani"]},
    # Partners for Co-operation
    "Afghanistan": {"alias": [], "adj": ["Afghan"]},
    "Australia": {"alias": [], "adj": ["Australian"]},
    "Japan": {"alias": [], "adj": ["Japanese"]},
    "Republic of Korea": {"alias": ["Korea", "South Korea"], "adj": ["Korean"]},
    "Thailand": {"alias": [], "adj": ["Thai"]},
    "Algeria": {"alias": [], "adj": ["Algerian"]},
    "Egypt": {"alias": [], "adj": ["Egyptian"]},
    "Israel": {"alias": [], "adj": ["Israeli"]},
    "Jordan": {"alias": [], "adj": ["Jordanian"]},
    "Morocco": {"alias": [], "adj": ["Moroccan"]},
    "Tunisia": {"alias": [], "adj": ["Tunisian"]},
}

CAPITALS: dict[str, str] = {
    "Tirana": "Albania",
    "Andorra la Vella": "Andorra",
    "Yerevan": "Armenia",
    "Vienna": "Austria",
    "Baku": "Azerbaijan",
    "Brussels": "Belgium",
    "Minsk": "Belarus",
    "Sarajevo": "Bosnia and Herzegovina",
    "Banja Luka": "Bosnia and Herzegovina",
    "Mostar": "Bosnia and Herzegovina",
    "Sofia": "Bulgaria",
    "Ottawa": "Canada",
    "Zagreb": "Croatia",
    "Nicosia": "Cyprus",
    "Prague": "Czech Republic",
    "Copenhagen": "Denmark",
    "Tallinn": "Estonia",
    "Helsinki": "Finland",
    "Paris": "France",
    "Strasbourg": "France",
    "Tbilisi": "Georgia",
    "Berlin": "Germany",
    "Bonn": "Germany",
    "Athens": "Greece",
    "Budapest": "Hungary",
    "Reykjavik": "Iceland",
    "Dublin": "Ireland",
    "Rome": "Italy",
    "Milan": "Italy",
    "Astana": "Kazakhstan",
    "Almaty": "Kazakhstan",
    "Nur-Sultan": "Kazakhstan",
    "Bishkek": "Kyrgyzstan",
    "Osh": "Kyrgyzstan",
    "Riga": "Latvia",
    "Vaduz": "Liechtenstein",
    "Vilnius": "Lithuania",
    "Luxembourg": "Luxembourg",
    "Valletta": "Malta",
    "Chisinau": "Moldova",
    "Chișinău": "Moldova",
    "Tiraspol": "Moldova",
    "Ulaanbaatar": "Mongolia",
    "Podgorica": "Montenegro",
    "The Hague": "Netherlands",
    "Amsterdam": "Netherlands",
    "Rotterdam": "Netherlands",
    "Skopje": "North Macedonia",
    "Oslo": "Norway",
    "Warsaw": "Poland",
    "Krakow": "Poland",
    "Lisbon": "Portugal",
    "Bucharest": "Romania",
    "Moscow": "Russian Federation",
    "Belgrade": "Serbia",
    "Bratislava": "Slovakia",
    "Ljubljana": "Slovenia",
    "Madrid": "Spain",
    "Stockholm": "Sweden",
    "Bern": "Switzerland",
    "Geneva": "Switzerland",
    "Dushanbe": "Tajikistan",
    "Ankara": "Türkiye",
    "Istanbul": "Türkiye",
    "Ashgabat": "Turkmenistan",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Odessa": "Ukraine",
    "Donetsk": "Ukraine",
    "Luhansk": "Ukraine",
    "Lviv": "Ukraine",
    "London": "United Kingdom",
    "Washington": "United States of America",
    "New York": "United States of America",
    "Tashkent": "Uzbekistan",
    "Kabul": "Afghanistan",
    "Canberra": "Australia",
    "Tokyo": "Japan",
    "Seoul": "Republic of Korea",
    "Bangkok": "Thailand",
    "Algiers": "Algeria",
    "Cairo": "Egypt",
    "Jerusalem": "Israel",
    "Amman": "Jordan",
    "Rabat": "Morocco",
    "Tunis": "Tunisia",
    "Pristina": "Kosovo",
    "Prishtinë/Priština": "Kosovo",
    "Mitrovica": "Kosovo",
    "Monaco": "Monaco",
    "San Marino": "San Marino",
    "Vatican City": "Holy See",
}

REGIONS = [
    "Europe",
    "Central Asia",
    "South East Europe",
    "South-East Europe",
    "South-Eastern Europe",
    "south-eastern Europe",
    "south-east Europe",
    "Eastern Europe",
    "Western Europe",
    "Northern Europe",
    "Southern Europe",
    "Central Europe",
    "Western Balkans",
    "Balkans",
    "South Caucasus",
    "Caucasus",
    "Asia",
    "Northeast Asia",
    "North-East Asia",
    "East Asia",
    "South Asia",
    "Southeast Asia",
    "Mediterranean",
    "Middle East",
    "North Africa",
    "Black Sea",
    "Baltic Sea",
    "Baltic States",
    "Crimea",
    "Donbas",
    "Donbass",
    "Transnistria",
    "Nagorno-Karabakh",
    "Abkhazia",
    "South Ossetia",
    "Kosovo",
    "Fergana Valley",
    "Ferghana Valley",
    "Scandinavia",
    "Arctic",
    "Sahel",
    "North America",
    "Latin America",
    "South America",
    "Americas",
]


def _compass_variants() -> list[str]:
    """'South East Europe', 'South-Eastern Europe', 'Southeast Europe', 'south-eastern Europe', … : every
    way a compass direction is written before a region name."""
    out: list[str] = []
    areas = ["Europe", "Asia", "Africa", "Caucasus", "Mediterranean", "Balkans"]
    for a in ("North", "South"):
        for b in ("East", "West"):
            for area in areas:
                for sep in ("", "-", " "):
                    second = b if sep else b.lower()
                    for suffix in ("", "ern"):  # lower-case forms: organisations._LOWER_COMPASS
                        out.append(f"{a}{sep}{second}{suffix} {area}")
    for a in ("North", "South", "East", "West", "Central"):
        for area in areas:
            out.append(f"{a} {area}")
            if a != "Central":
                out.append(f"{a}ern {area}")
    return out


REGIONS = sorted({*REGIONS, *_compass_variants()}, key=lambda r: (-len(r), r))

HONORIFICS = [
    "Ambassador",
    "Dr.",
    "Dr",
    "Prof.",
    "Professor",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "H.E.",
    "Sir",
    "Dame",
    "Lord",
    "Baroness",
    "Baron",
    "Judge",
    "Rev.",
    "Reverend",
    "Father",
    "Bishop",
    "Archbishop",
    "Rabbi",
    "Imam",
    "Mufti",
    "Sheikh",
    "Hon.",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Justice",
    "Metropolitan",
]
MILITARY_RANKS = [
    "Major General",
    "Brigadier General",
    "Lieutenant General",
    "General",
    "Lieutenant Colonel",
    "Colonel",
    "Major",
    "Captain",
    "Admiral",
    "Rear Admiral",
    "Vice Admiral",
    "Commander",
    "Lieutenant",
    "Sergeant",
    "Brigadier",
    "Police Colonel",
    "Police Major",
    "Police Lieutenant Colonel",
]

# words that make a noun phrase a post (lower case)
POST_WORDS = {
    "minister",
    "ministers",
    "director",
    "director-general",
    "representative",
    "ambassador",
    "secretary",
    "secretary-general",
    "general",
    "president",
    "vice-president",
    "vice",
    "chairman",
    "chairperson",
    "chair",
    "chairman-in-office",
    "chairperson-in-office",
    "chair-in-office",
    "chairwoman",
    "commissioner",
    "head",
    "chief",
    "envoy",
    "co-ordinator",
    "coordinator",
    "deputy",
    "officer",
    "undersecretary",
    "under-secretary",
    "member",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "aide",
    "counterpart",
    "advisor",
    "counsellor",
    "mayor",
    "governor",
    "prosecutor",
    "ombudsman",
    "ombudsperson",
    "speaker",
    "rapporteur",
    "leader",
    "negotiator",
    "journalist",
    "expert",
    "executive",
    "manager",
    "officer-in-charge",
    "prime",
    "premier",
    "deputy-head",
    "consul",
    "attaché",
    "analyst",
    "researcher",
    "professor",
    "judge",
    "chargé",
    "president-elect",
    "vice-chair",
    "vice-chairperson",
    "founder",
    "editor",
    "editor-in-chief",
    "correspondent",
    "photographer",
    "reporter",
    "activist",
    "lawyer",
    "parliamentarian",
    "senator",
    "mp",
    "delegate",
    "observer",
    "monitor",
    "trainer",
    "officials",
    "official",
    "king",
    "queen",
    "prince",
    "patriarch",
    "chancellor",
    "treasurer",
    "inspector",
    "administrator",
}

# nouns that end an organisation name
ORG_HEADS = {
    "Ministry",
    "Office",
    "Agency",
    "Commission",
    "Council",
    "Committee",
    "Foundation",
    "Institute",
    "Centre",
    "Center",
    "Assembly",
    "Parliament",
    "Court",
    "Union",
    "Association",
    "Organization",
    "Organisation",
    "Fund",
    "Programme",
    "Program",
    "Bank",
    "Department",
    "Division",
    "Unit",
    "Service",
    "Authority",
    "Government",
    "Presidency",
    "Majilis",
    "Mission",
    "Delegation",
    "College",
    "Academy",
    "University",
    "Network",
    "Alliance",
    "Bureau",
    "Secretariat",
    "Troika",
    "Police",
    "Forces",
    "Force",
    "Group",
    "Board",
    "Chamber",
    "Senate",
    "Tribunal",
    "Inspectorate",
    "Administration",
    "Directorate",
    "Coalition",
    "Federation",
    "Society",
    "Movement",
    "Party",
    "Institution",
    "Institutions",
    "Centres",
    "Watch",
    "Project",
    "Initiative",
    "Task Force",
    "Headquarters",
    "Cabinet",
    "Ombudsman",
    "Guard",
    "Army",
    "Prosecutor's Office",
    "School",
    "Station",
    "Forum",
    "Platform",
    "Partnership",
    "Embassy",
    "Consulate",
    "Representation",
    "Offices",
    "Chancellery",
    "Commissariat",
}

# capitals and buildings that stand for a government in news reports ('the Kremlin said')
METONYMS = (
    "Kremlin",
    "White House",
    "Pentagon",
    "Downing Street",
    "Élysée Palace",
    "Elysee Palace",
    "Quai d'Orsay",
)

VENUE_HEADS = {
    "Hotel",
    "Palace",
    "Centre",
    "Center",
    "Hall",
    "Camp",
    "Castle",
    "House",
    "Hofburg",
    "Stadium",
    "Square",
    "Park",
    "Building",
    "Barracks",
    "Museum",
    "Theatre",
    "Library",
    "Palais",
    "Port",
    "Seaport",
    "Airport",
    "Arena",
    "Pavilion",
    "Residence",
}

# lower-case names of places that OSCE texts report from: the lines that separate sides of a conflict
CONFLICT_LINES = (
    "administrative boundary line",
    "administrative boundary lines",
    "contact line",
    "line of contact",
    "Line of Contact",
    "administrative line",
    "buffer zone",
    "security zone",
    "line of separation",
)
PLACE_HEADS = {
    "province",
    "district",
    "region",
    "oblast",
    "municipality",
    "city",
    "village",
    "river",
    "River",
    "Valley",
    "valley",
    "county",
    "canton",
    "island",
    "Island",
    "Lake",
    "lake",
    "Sea",
    "Mountains",
}

# OSCE meeting series: (keywords all required, lower case) -> series name, first match wins
SERIES_RULES: list[tuple[tuple[str, ...], str]] = [
    (("alliance against trafficking",), "Conference of the Alliance against Trafficking in Persons"),
    (("mediterranean conference",), "Annual OSCE Mediterranean conferences"),
    (("mediterranean", "conference"), "Annual OSCE Mediterranean conferences"),
    (("asian conference",), "Annual OSCE Asian conferences"),
    (("asian partners", "conference"), "Annual OSCE Asian conferences"),
    (("annual security review",), "Security Review Conferences"),
    (("security review conference",), "Security Review Conferences"),
    (("annual implementation assessment",), "Annual Implementation Assessment Meetings"),
    (
        ("economic and environmental dimension implementation",),
        "Economic and Environmental Dimension Implementation Meetings",
    ),
    (("economic and environmental forum",), "Economic and Environmental Forum"),
    (("human dimension implementation meeting",), "Human Dimension Implementation Meeting"),
    (("human rights conference",), "Human Dimension Implementation Meeting"),
    (("human dimension conference",), "Human Dimension Implementation Meeting"),
    (("gender equality review",), "Gender Equality Review Conferences"),
    (("cyber", "conference"), "Cyber/ICT security conferences"),
    (("ministerial council",), "Ministerial Council meetings"),
    (("summit",), "Summit meetings"),
    (("review conference",), "Review Conferences"),
    (("forum for security co-operation",), "Plenary Meetings of the Forum for Security Co-operation"),
    (("permanent council",), "Plenary meetings of the Permanent Council"),
    (("annual session",), "OSCE PA Annual Session"),
    (("winter meeting",), "OSCE PA Winter Meeting"),
    (("autumn meeting",), "OSCE PA Autumn Meeting"),
    (("south east europe media conference",), "South East Europe Media Conference"),
    (("central asia media conference",), "Central Asia Media Conference"),
    (("media conference",), "Media conferences"),
]


@cache
def state_lookup() -> dict[str, str]:
    """Every state name, alias and adjective (as written) -> canonical state name."""
    out: dict[str, str] = {}
    try:
        import pycountry  # noqa: PLC0415 - optional, adds official names

        for canon in STATES:
            try:
                c = pycountry.countries.lookup(canon)
            except LookupError:
                continue
            for attr in ("name", "official_name", "common_name"):
                v = getattr(c, attr, None)
                if v and "," not in v and v not in out:
                    out[v] = canon
    except ImportError:  # pragma: no cover
        pass
    for canon, info in STATES.items():
        out[canon] = canon
        for a in info["alias"]:
            out[a] = canon
    try:  # other countries (not OSCE States) under their common names: 'Libya', 'China'
        import pycountry  # noqa: PLC0415

        for c in pycountry.countries:
            name = getattr(c, "common_name", None) or c.name
            if "," not in name and name not in out and len(name) > 3:
                out.setdefault(name, name)
        # former States ('Serbia and Montenegro', 'Yugoslavia', 'USSR'), named as written
        for c in pycountry.historic_countries:
            for name in _historic_names(c.name):
                out.setdefault(name, name)
    except ImportError:  # pragma: no cover
        pass
    for name, canon in HISTORIC_STATES.items():
        out.setdefault(name, name if " " in name else canon)
    return out


def _historic_names(raw: str) -> list[str]:
    """'Yugoslavia, (Socialist) Federal Republic of' -> ['Yugoslavia', 'Federal Republic of Yugoslavia'];
    'USSR, Union of Soviet Socialist Republics' -> ['USSR', 'Union of Soviet Socialist Republics']."""
    raw = re.sub(r"\([^)]*\)\s*", "", raw)
    head, _, rest = raw.partition(",")
    head, rest = head.strip(), rest.strip()
    names = [head] if len(head) > 3 or head.isupper() else []
    if rest.endswith(" of") and "," not in rest:
        names.append(f"{rest} {head}")
    elif rest and "," not in rest and not rest.endswith(("Republic", "Metropolitan")):
        names.append(rest)
    # island groups, zones and territories are not States that act or host anything in these texts
    return [n for n in names if not re.search(r"Island|Zone|Territor|Antarctic|Land\b|Antilles", n)]


# -- transliteration fold -------------------------------------------------------------------------------
# One key for the spellings a place or body gets in different romanisations: 'Kiev'/'Kyiv',
# 'Ashgabad'/'Ashgabat', 'Lugansk'/'Luhansk', 'Odessa'/'Odesa', 'Maslahaty'/'Maslakhaty',
# 'Chişinău'/'Chisinau', 'Alma-Ata'/'Almaty' is not (different names).  Rules, in order: strip
# diacritics and hyphens; digraphs of the Cyrillic romanisations to one letter; y/j as a vowel to i; a
# run of vowels to its first vowel; a doubled letter to one; a final voiced stop to its voiceless pair.
_FOLD_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("dzh", "j"),
    ("dj", "j"),
    ("zh", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ch", "c"),
    ("tch", "c"),
    ("sh", "s"),
    ("ts", "c"),
    ("tz", "c"),
    ("cz", "c"),
    ("sz", "s"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("x", "ks"),
)


@cache
def fold(word: str) -> str:
    s = unicodedata.normalize("NFKD", word)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("ı", "i").replace("ł", "l").replace("đ", "d")
    s = re.sub(r"[\s\-’'.]+", "", s)
    for a, b in _FOLD_DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"^[yj](?=[aeiou])", "", s)  # 'Yerevan'/'Erevan'
    s = s.replace("y", "i")
    s = re.sub(r"(?<=[aeiou])j(?![aeiou])", "i", s)
    s = s.replace("h", "g")  # Ukrainian h, Russian g ('Luhansk'/'Lugansk')
    s = re.sub(r"([aeiou])[aeiou]+", r"\1", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"d$", "t", s)
    s = re.sub(r"b$", "p", s)
    s = re.sub(r"g$", "k", s)
    return s


def skeleton(word: str) -> str:
    """The folded word without its inner vowels: Ukrainian and Russian forms differ in vowels
    ('Kharkiv'/'Kharkov', 'Dnipropetrovsk'/'Dnepropetrovsk'); the first and last letters stay, so a
    surname is not its town ('Mitrović'/'Mitrovica'); only long skeletons are specific enough to compare."""
    f = fold(word)
    return f[:1] + re.sub(r"[aeiou]", "", f[1:-1]) + f[-1:] if len(f) > 1 else f


@cache
def folded_places() -> dict[str, str]:
    """fold(name) and long skeletons -> the name as listed, for one-word (or hyphenated) cities and
    regions."""
    out: dict[str, str] = {}
    for name in [*CAPITALS, *REGIONS]:
        if " " not in name and len(name) >= 4:
            out.setdefault(fold(name), name)
    for name in [*CAPITALS, *REGIONS]:
        sk = skeleton(name)
        if " " not in name and len(sk) >= 5:
            out.setdefault("#" + sk, name)
    return out


def folded_place(word: str) -> str | None:
    """The listed city or region a spelling variant stands for ('Kyiv' -> 'Kiev' or 'Kyiv'), else None."""
    table = folded_places()
    hit = table.get(fold(word))
    if hit is None and len(skeleton(word)) >= 5:
        hit = table.get("#" + skeleton(word))
    return hit


@cache
def folded_legislatures() -> dict[str, str]:
    return {fold(name): name for name in LEGISLATURES}


@cache
def adjective_lookup() -> dict[str, str]:
    return {a: canon for canon, info in STATES.items() for a in info["adj"]}


@cache
def reference_labels() -> tuple[tuple[str, ...], ...]:
    """Label groups (prefLabel first, then altLabels) of organisations in graph.reference, if present."""
    try:
        from rdflib.namespace import RDF, SKOS  # noqa: PLC0415

        from graph.reference import load_reference  # noqa: PLC0415
    except Exception:  # noqa: BLE001 - reference data is optional
        return ()
    try:
        g = load_reference()
    except Exception:  # noqa: BLE001
        return ()
    kinds = (
        "Structure",
        "FieldOperation",
        "Institution",
        "InternationalOrganization",
        "FormalOrganization",
        "SecretariatUnit",
        "ExecutiveStructure",
        "DecisionMakingBody",
    )
    groups = []
    for s in set(g.subjects(RDF.type, None)):
        if not any(str(t).endswith(kinds) for t in g.objects(s, RDF.type)):
            continue
        pref = [str(o) for o in g.objects(s, SKOS.prefLabel)]
        if not pref:
            continue
        alts = sorted(str(o) for o in g.objects(s, SKOS.altLabel))
        labels = [lab.removeprefix("the ") for lab in [pref[0], *alts]]
        # one common word ('Chairmanship', 'Secretariat') is too ambiguous to match on its own
        groups.append(tuple(lab for lab in labels if len(lab) > 2 and (" " in lab or lab.isupper())))
    return tuple(sorted(groups))


@cache
def org_lookup() -> dict[str, str]:
    """Every known organisation variant -> canonical name (own data wins over reference data)."""
    out: dict[str, str] = {}
    for table in (OSCE_STRUCTURES, INTERNATIONAL_ORGANISATIONS):
        for canon, variants in table.items():
            for v in [canon, *variants]:
                out.setdefault(v, canon)
    for canon in FIELD_OPERATIONS:
        out.setdefault(canon, canon)
        out.setdefault(canon.removeprefix("OSCE "), canon)
    # reference labels: a group that shares a label with our data takes our canonical name
    for group in reference_labels():
        known = next((out[lab] for lab in group if lab in out), None)
        canon = known or group[0]
        for lab in group:
            out.setdefault(lab, canon)
    # British and American spellings of the same name ('Co-operation'/'Cooperation', 'Centre'/'Center')
    for variant, canon in list(out.items()):
        for alt in spelling_variants(variant):
            out.setdefault(alt, canon)
    # 'EU Monitoring Mission' / 'European Union Monitoring Mission', 'UN Women' is a name of its own
    for variant, canon in list(out.items()):
        for short, full in (("EU ", "European Union "), ("UN ", "United Nations ")):
            if variant.startswith(short) and len(variant.split()) > 2:
                out.setdefault(full + variant[len(short) :], canon)
            elif variant.startswith(full):
                out.setdefault(short + variant[len(full) :], canon)
    return out


_SPELLINGS = (
    ("Co-operation", "Cooperation"),
    ("co-operation", "cooperation"),
    ("Co-ordinator", "Coordinator"),
    ("Co-ordination", "Coordination"),
    ("Organization", "Organisation"),
    ("Centre", "Center"),
    ("Programme", "Program"),
    ("Defence", "Defense"),
    ("Labour", "Labor"),
)


def spelling_variants(name: str) -> list[str]:
    """The other spellings of name's words: 'Forum for Security Co-operation' -> 'Forum for Security
    Cooperation'; each pair swapped or not ('Organisation for Security and Co-operation in Europe')."""
    forms = {name}
    for a, b in _SPELLINGS:
        forms |= {f.replace(a, b) for f in forms if a in f} | {f.replace(b, a) for f in forms if b in f}
    forms.discard(name)
    return sorted(forms)
