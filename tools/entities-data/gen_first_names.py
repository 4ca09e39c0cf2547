"""Generate crates/depeche-entities/data/first_names.tsv.

Run from the repository root:  python3 tools/entities-data/gen_first_names.py
(standard library only), then python3 tools/entities-data/check.py.

First names written by hand, in the spellings and transliterations that
French news copy uses (Sergueï, Volodymyr, Mahamadou, Abdourahamane...).
Each block below is tagged with one region; a name listed in several blocks
gets all their tags. Names in EXCLUDED are dropped whatever block lists them:
they are also common French words (or titles, months, feasts, particles)
and would make ordinary capitalised words look like first names.
"""

from __future__ import annotations

from common import fold, norm, write_tsv

EXCLUDED = {
    # common French words / adjectives / nouns
    "Aimé", "Aimée", "Désiré", "Désirée", "Rose", "Victoire", "Innocent", "Parfait",
    "Modeste", "Juste", "Constant", "Fidèle", "Prudence", "Patience", "Espérance",
    "Justice", "Grâce", "Gloire", "Joie", "Paix", "Béni", "Félicité", "Fleur",
    "Ange", "Marin", "Franc", "Vivant", "Sage", "Blanche", "Colombe", "Honoré",
    "Bienvenu", "Merveille", "Providence", "Divine", "Chance", "Charité", "Aube",
    "Fortuné", "Clémente", "Loyal", "Léger", "Sincère", "Dieu", "Amour",
    # titles, months, feasts, religious words
    "Reine", "Prince", "Princesse", "Roi", "Mai", "Avril", "Noël", "Toussaint",
    "Pâques", "Ramadan", "Jihad", "Islam", "Cheikh", "Imam", "Hadj", "Hajj",
    # particles of Arabic / Sahelian names, not first names
    "Abou", "Abu", "Ould", "Ben", "Ag", "El", "Al", "Ibn", "Bint", "Mint",
    # surnames that read as first names in copy, brands
    "Kim", "Mercedes", "Xi",
    # added after review: French words, titles, conflicts with dictionary entries
    "Grace", "Ambre", "Papa", "Pape", "Vital", "Pasteur", "Succès", "Espoir", "Trésor",
    "Jolie", "Papy", "Héritier", "Héritière", "Pacifique", "Placide", "Candide", "Exaucé",
    "Exaucée", "Immaculée", "Innocente", "Médiatrice", "Moi", "Muslim", "Shia", "Mullah",
    "Ayatollah", "Sayyed", "Seyyed", "Moulay", "Khan", "Wagner", "Ier", "Abd", "Aboul",
}

BLOCKS: dict[str, str] = {}

BLOCKS["europe_fr"] = """
Adèle Adrien Agathe Agnès Alain Alban Albert Alexandre Alexandra Alexis Alfred Alice Aline Alix
Alphonse Amandine Amaury Ambroise Amélie Anaïs André Andrée Anne Anne-Claire Anne-Laure Anne-Marie
Anne-Sophie Annick Annie Anthony Antoine Antoinette Antonin Apolline Armand Armelle Arnaud Arthur
Astrid Aude Audrey Augustin Aurélie Aurélien Aurore Axel Axelle Baptiste Barbara Barthélemy Bastien
Béatrice Benjamin Benoît Benoîte Bérangère Bernadette Bernard Bertrand Blandine Brigitte Bruno
Camille Candice Capucine Carine Carole Caroline Catherine Cécile Céline Chantal Charles Charlotte
Christelle Christian Christiane Christine Christophe Claire Clara Claude Claudine Clément Clémence
Clothilde Clotilde Colette Coralie Corentin Corinne Cyril Cyrille Damien Daniel Danièle Danielle
David Delphine Denis Denise Didier Dominique Edgar Édith Édouard Éléonore Éliane Élisabeth Élise
Élodie Éloïse Emma Emmanuel Emmanuelle Éric Érik Ernest Estelle Étienne Eugène Eugénie Éva Évelyne
Fabien Fabienne Fabrice Fanny Félix Ferdinand Fernand Fernande Flavie Florence Florent Florian
Francis Franck François Françoise Frédéric Frédérique Gabriel Gabrielle Gaëlle Gaël Gaétan Gaspard
Gaston Geneviève Geoffroy Georges Gérald Gérard Germain Germaine Ghislaine Gilbert Gilles Gisèle
Grégoire Grégory Guillaume Guy Gwenaëlle Hélène Henri Henriette Hervé Hippolyte Hubert Hugo Hugues
Inès Irène Isabelle Jacqueline Jacques Jean Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude
Jean-Denis Jean-Dominique Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie
Jean-Michel Jean-Noël Jean-Paul Jean-Philippe Jean-Pierre Jean-Yves Jeanne Jeannine Jérémie Jérémy
Jérôme Joël Joëlle Jordan Joseph Joséphine Josiane Josette Josselin Jules Julie Julien Juliette
Justine Karine Laetitia Lætitia Laure Laurence Laurent Léa Léon Léonie Léopold Lilian Line Lionel
Lise Louis Louise Luc Lucas Lucie Lucien Lucienne Ludovic Madeleine Manon Manuel Marc Marcel
Marcelle Margaux Margot Marguerite Marianne Marie Marie-Christine Marie-Claire Marie-Claude
Marie-France Marie-Hélène Marie-José Marie-Laure Marie-Noëlle Marie-Pierre Marine Marion Marius
Marlène Marthe Martin Martine Mathias Mathieu Mathilde Matthieu Maud Maurice Maxime Mélanie Mélenchon
Michel Michèle Micheline Mickaël Mireille Monique Morgane Muriel Myriam Nadège Nadine Nathalie
Nathan Nicolas Nicole Noémie Octave Odette Odile Olivia Olivier Pascal Pascale Patrice Patricia
Patrick Paul Paule Paulette Pauline Philippe Pierre Pierre-Yves Quentin Raphaël Raphaëlle Raymond
Raymonde Régine Régis Rémi Rémy Renaud René Renée Richard Robert Rodolphe Roger Roland Romain Romane
Rosalie Sabine Sacha Samuel Sandrine Sarah Ségolène Serge Séverine Simon Simone Solange Solène Sophie
Stanislas Stéphane Stéphanie Suzanne Sylvain Sylvie Thérèse Thibault Thibaut Thierry Thomas Timothée
Tristan Valentin Valentine Valérie Valéry Vanessa Véronique Victor Vincent Violaine Virginie Xavier
Yann Yannick Yolande Yves Yvette Yvonne Zoé Gérald Aristide Bertille Bérénice Clovis Hortense
Éric-Emmanuel Olivier-Pierre Ghislain Gonzague Laurène Léna Lou Louison Mathéo Maël Nolan Noah
Tom Timothé Ulysse Valère Eliott Élie Jocelyne Josée Lydie Marcelin Marceline Nelly Noëlle Odon
Prisca Rachel Roselyne Rosine Sébastien Sidonie Sixtine Sylvestre Thaïs Théo Théophile Ursule
Viviane Yasmine Dorothée Ginette Huguette Jacky Josiane Lucette Mauricette Paulin Pierrette
Gautier Gauthier Édwige Edwige Emeline Émeline Héloïse Jérémi Cédric Fabiola Lorraine Maëlle Marielle
Ophélie Priscilla Rodrigue Sandrine Tiphaine Yoann Yohann Johan Joris Kévin Kevin Jessica Jennifer
Cindy Laurie Mélissa Mathis Enzo Lina Ambre Anouk Célestin Célestine Agnan Olympe Philomène Wilfried
Manuel Manuela Benoit Francoise Gael Gaëtan Jean-Baptiste Jean-Guy Jean-Hugues Jean-Max Jean-René
Jean-Rémi Jean-Vincent Louis-Philippe Marie-Anne Marie-Caroline Marie-Odile Marie-Thérèse Anne-Lise
Bernard-Henri Pierre-Alain Pierre-André Pierre-Emmanuel Pierre-Henri Pierre-Louis Paul-Henri
Jean-Éric Jean-Lou Gérald Sylvère Armelle Éliette Rolande Fabiola Gisèle Maryse Mylène Nadia Nina
Romuald Roméo Romy Salomé Aymeric Aymeric Bérengère Evelyne Hervé Isaure Léonard Loïc Loïs Mael
Ludivine Maïwenn Marjolaine Maryline Maryvonne Perrine Pierrick Ronan Erwan Gwendal Tanguy Yannig
Brice Jordane Mehdi-Pierre Aurèle Baudouin Eudes Foulques Godefroy Hugolin Gilberte Ghislaine
"""

BLOCKS["europe"] = """
Aleksander Aleksandar Alessandro Alessandra Alberto Alfonso Álvaro Andrea Andreas Andrzej Angela
Angelo Annalena Antonio Antonella Beata Benedetto Bernd Boris Branko Carlo Carla Carles Carmen Carsten
Christos Cristina Dario Dragan Elżbieta Emilia Enrico Enrique Federico Felipe Fernando Francesco
Francesca Franz Friedrich Friedrich-Wilhelm Georg Georgia Gerhard Giorgia Giorgio Giovanni Giuseppe
Giuseppe Gustav Hans Heinz Helmut Horst Ignacio Ilir Ingrid Isabel Jacinda Jaroslaw Jarosław Javier
Jens Joachim Johannes Jorge Josep José Juan Jürgen Karl Karl-Heinz Katarina Kaja Klaus Kostas
Kyriakos Lars Lech Leo Lorenzo Ludwig Magdalena Magnus Manfred Marco Marek Mario Mariano Mark Markus
Marta Martina Massimo Matteo Mateusz Matthias Mette Miguel Milorad Miloš Mirjana Mateja Nikos Norbert
Olaf Olof Ólafur Orban Pablo Paolo Pedro Pietro Rafael Rainer Recep Roberto Rolf Rui Santiago
Sanna Sebastian Sergio Silvio Slobodan Stefan Stefano Ulrich Ulf Ursula Václav Viktor Walter Werner
Wolfgang Zoran Zuzana Petr Pavol Robert Andrej Milan Vučić Aleksandar Ana Ante Andrej Bojan Edi
Edi Enver Ekrem Hashim Albin Vjosa Ismail Kristalina Rumen Klaus-Dieter Krzysztof Donald Szymon
Radosław Mariusz Tomasz Paweł Piotr Wojciech Zbigniew Jacek Jarosław Małgorzata Agnieszka Joanna
Katarzyna Kamil Lukasz Łukasz Rafał Jan Jiří Tomáš Martin Mikuláš Gustavo Karin Kersti Kaja Edgars
Gitanas Valdis Egils Arvydas Dalia Ingrida Alar Toomas Viktor Péter Katalin Gergely László Zoltán
Ferenc János Miklós Gábor Géza Orsolya Nicolae Klaus Traian Ion Ioan Maia Igor Natalia Sandu Andrei
Dorin Alexandros Antonis Alexis Evangelos Giorgos Yannis Yanis Panagiotis Dimitris Nikolaos
Andreas Ioannis Ersin Nikos Mitsotakis Pedro Mariano Yolanda Isabel Santiago Alberto Íñigo Oriol
Carles Pere Xavier Pere Jordi Artur Ada Ada Manuela Josep-Lluís Teresa Irene Soraya Begoña Cuca
Matteo Giorgia Elly Elly Enrico Gianni Luigi Romano Massimo Sergio Sandro Mattarella Paolo Raffaele
Emanuele Ignazio Antonio Roberta Lucia Chiara Federica Valentina Giulia Sofia Alessia Beppe Umberto
Nicola Ettore Fabio Gianluca Gianfranco Giancarlo Luca Marcello Maurizio Riccardo Vittorio Rocco
Olaf Friedrich Christian Robert Annalena Nancy Boris Karl Markus Hubertus Svenja Saskia Sahra Alice
Tino Wolfgang Frank-Walter Horst Angela Gerhard Helmut Ursula Sigmar Cem Norbert Jens Dietmar Hendrik
Henrik Mette Magdalena Ulf Stefan Jonas Jonas Erna Sanna Petteri Alexander Karl Heinz Sebastian
Karl-Theodor Herbert Mark Dick Rob Geert Frans Wopke Hans Bart Charles Alexander Xavier Elio Sophie
Jean-Claude Guy Yves Didier Georges Herman Luc Pierre-Yves Viktor Péter Balázs Janez Robert Nataša
Andrej Zoran Milo Milica Vesna Jelena Nikola Goran Ivica Ivo Mate Tomislav Darko Dejan Nenad Ratko
Radovan Slobodan Vojislav Boris Aleksandra Ana Ivan Vladan Sinisa Siniša Dritan Edi Sali Ilir
Ramush Hashim Albin Kurti Nikos Jarl Leif Erling Sigrid Jonas Jens Trond Magnus Kristian Henrik
Anders Per Björn Bjorn Göran Stefan Ulf Ebba Katrin Ólafur Bjarni Guðni Kristrún Leo Micheál Micheal
Enda Bertie Mary Simon Leo Sinn Gerry Michelle Arlene Nigel Ruth Robin Dick Frans Geert Mark Charlotte
Jacinda Christopher Anthony Keir Rishi Liz Theresa Gordon Tony Nicola Humza Kemi Priti Suella Sadiq
Elisa Elisabetta Gennaro Guido Isidoro Leonardo Lorenza Lucio Nino Ornella Pasquale Piero Pino Renzo
Salvatore Saverio Silvia Simona Tommaso Vincenzo Bettino Benito Achille Alcide Aldo Amedeo Dino
Gino Nello Primo Rino Tullio Arturo Carmelo Cesare Ciro Domenico Emilio Filippo Gaetano Gerardo
Giacomo Giampiero Gianmarco Gioacchino Girolamo Giulio Italo Leopoldo Luciano Marcantonio Mauro
Nazareno Nunzio Oreste Orlando Ottavio Rosario Ruggero Sebastiano Settimio Sergio Ugo Valerio Walter
"""

BLOCKS["anglo"] = """
Joe Donald Barack Hillary Bill George Ronald Jimmy Gerald Richard Lyndon John Dwight Harry Franklin
Kamala Mike Michael Mitch Nancy Chuck Kevin Marco Ron Nikki Vivek Tim Jd JD Elon Jeff Mark Steve
Steven Stephen Antony Tony Lloyd Jake Rex Mike James Jim Jerome Janet Jared Ivanka Melania Jill Hunter
Rudy Rudolph Robert Bob Bobby Ted Bernie Elizabeth Alexandria Pete Amy Cory Kirsten Tulsi Gavin
Greg Gregory Pam Pamela Kristi Marjorie Lindsey Lisa Susan Mitt Paul Rand Tucker Sean Laura Lara
Eric Ivana Matt Matthew Kash Pete Pete Linda Scott Marco Brett Clarence Sonia Amy Ketanji Neil Samuel
Charles Camilla William Harry Kate Catherine Meghan Andrew Edward Anne Diana Elizabeth Philip Boris
Rishi Keir Liz Theresa David Gordon Tony Margaret Winston Jeremy Nigel Dominic Priti Suella Kemi
Angela Rachel Yvette Ed Ed Ed Jacob Michael Grant Nicola Alex Humza Sadiq Ben Benjamin Jacinda
Chris Christopher Scott Malcolm Kevin Julia Anthony Justin Stephen Pierre Mark Jean Brian Jagmeet
Chrystia Mélanie Doug Jason Jonathan Joshua Katie Kathleen Kay Kelly Kenneth Kimberly Larry Lawrence
Louis Lucy Luke Madeleine Madison Marcus Margaret Martha Mary Megan Melissa Molly Nathaniel Nicholas
Oliver Olivia Patricia Patrick Peter Philippa Rebecca Robin Ruth Ryan Sally Samantha Sarah Simon
Sophie Stanley Stuart Taylor Theodore Thomas Timothy Travis Tyler Victoria Walter Warren Wendy
William Zachary Abigail Adam Alan Albert Alexander Alice Allison Amanda Amber Andrea Andy Angela
Anna Annie Arthur Ashley Austin Barbara Betty Beverly Billy Bradley Brandon Brenda Brian Bruce Bryan
Carl Carol Caroline Carolyn Catherine Charlie Cheryl Christina Christine Cynthia Dale Daniel Danny
Dave Deborah Debra Dennis Denise Diane Donna Doris Dorothy Douglas Dylan Edith Elijah Ellen Emily
Emma Ethan Evelyn Frances Frank Gary Gloria Grace Hannah Heather Helen Henry Howard Isabella Jack
Jacqueline Jane Janice Jean Jeffrey Jennifer Jerry Jesse Jessica Joan Joanne Johnny Jordan Joseph
Joyce Judith Judy Julie Justin Karen Katherine Keith Kenny Kyle Lauren Logan Lori Louise Marie Marilyn
Noah Norma Pat Phillip Ralph Randy Raymond Roger Roy Russell Sandra Sara Sharon Shirley Stephanie
Teresa Terry Theresa Tracy Vincent Virginia Wayne Willie Rupert Hugh Hugo Giles Nick Graham Harold
Neville Clement Keir Jeremy Harriet Ursula Anneliese Ruairi Cillian Siobhan Aoife Seamus Eamon
Kwasi Kwame Geoffrey Dean Reggie Hakeem Ilhan Rashida Ayanna Raphael Cornel Al Jesse Kanye Oprah
Beyoncé Jay Kylie Taylor Selena Britney Madonna Whitney Elvis Bruce Bob Mick Keith Paul Ringo Lennon
"""

BLOCKS["russia"] = """
Vladimir Vladimir Sergueï Sergei Sergey Dmitri Dmitry Dmitriï Alexeï Alexei Alexey Alexandre Aleksandr
Mikhaïl Mikhail Nikolaï Nikolai Ivan Igor Oleg Evgueni Evgeni Evgueniï Ievgueni Yevgeny Andreï Andrei
Valeri Valéri Valery Viktor Vitali Vitaly Iouri Youri Yuri Boris Maxime Maxim Anatoli Anatoly Guennadi
Gennadi Piotr Pavel Arkadi Leonid Konstantin Roman Ramzan Denis Kirill Egor Iegor Ilia Ilya Gleb
Stanislav Vassili Vasily Vadim Valentina Maria Olga Natalia Natalya Tatiana Tatyana Svetlana Elena
Ielena Yelena Irina Ekaterina Iekaterina Anna Ioulia Yulia Ksenia Daria Dasha Alla Lioudmila Ludmila
Galina Nadejda Vera Zoïa Marina Anastasia Polina Alina Alissa Veronika Evguenia Lev Timour Timur
Artem Artiom Artyom Danil Daniil Nikita Mikhaïl Semion Semyon Fiodor Fedor Fyodor Grigori Grigory
Efim Iakov Yakov Matveï Matvei Arseni Arseniy Rostislav Yaroslav Iaroslav Sviatoslav Vsevolod Vitold
Vladislav Vladlen Vlad Viatcheslav Vyacheslav Eduard Edouard Emil Ernst Filipp Gueorgui Georgi
Guerman German Innokenti Kouzma Lavrenti Makar Nikolaï Oleg Ostap Platon Prokhor Rodion Savva Stepan
Taras Tikhon Trofim Vikenti Zakhar Akhmat Adam Magomed Kadyrov Tchetchen Dzhokhar Djokhar Chamil
Shamil Aslan Aslambek Roustam Rustam Rouslan Ruslan Rinat Ravil Marat Renat Ilnur Airat Radik Salavat
Ramil Aliya Gulnara Dinara Zarema Madina Liliana Lilia Liliya Raïssa Raisa Larissa Larisa Lidia
Lydia Margarita Nina Oxana Oksana Sofia Sofya Taïssia Ulyana Oulyana Valeria Varvara Vasilisa Yana
Iana Zinaïda Evdokia Antonina Elizaveta Ielizaveta Kira Klavdia Kristina Lada Lioubov Lyubov Maïa
Maya Milana Nelly Nonna Praskovia Regina Rimma Snejana Stanislava Tamara Viktoria Violetta Zlata
Volodymyr Oleksandr Oleksiï Oleksii Olexandre Olexiï Andriï Andrii Mykhaïlo Mykhailo Mykola Petro
Vitaliï Vitalii Kyrylo Denys Dmytro Iouliia Yuliia Olena Iryna Ivanna Ihor Iouriï Yurii Serhiï Serhii
Valeriï Valerii Vassyl Vasyl Bogdan Bohdan Taras Ostap Stepan Roman Rouslan Arseni Arseniï Arseniy
Petro Viktor Leonid Olexandr Oleksandra Olha Halyna Lessia Lesya Hanna Tetiana Tetyana Nataliya
Svitlana Liudmyla Kateryna Khrystyna Solomiia Yaroslava Mariana Mariia Zoriana Yevhen Ievhen Yevheniia
Ievheniia Iouri Anatoliï Anatolii Hennadiï Hennadii Pavlo Vadym Volodymyr Vladyslav Yaroslav Iaroslav
Maksym Artem Artur Dmytro Borys Kostiantyn Kostyantyn Mykyta Markiian Danylo Illia Taras Fedir Hryhoriï
Hryhorii Valentyn Vsevolod Vitalina Zelensky Olexiï Oleh Iouliia Ioulia Alexandr Aliaksandr Alexander
Sviatlana Siarhei Viktar Maria Maryia Ales Ales Raman Pavel Ihar Yauheni Stanislau Mikalai Andreï
Micheil Mikheil Irakli Irakli Bidzina Salomé Salome Giorgi Gia Zourab Zurab Levan Nika Tamar Eka
Ekaterine Nino Ketevan Mamuka Davit Lasha Otar Grigol Nikoloz Nikol Armen Serzh Serge Robert Levon
Aram Ara Tigran Gagik Hrant Vahagn Ararat Anahit Lusine Mane Nairi Ilham Heydar Mehriban Leyla Aliyev
Nursultan Kassym-Jomart Kassym Jomart Sadyr Almazbek Kurmanbek Roza Emomali Rustam Shavkat Islam
Saparmurat Gurbanguly Serdar Berdimuhamedow Askar Nurlan Erlan Yerlan Daniyar Dauren Aidos Aigerim
Aliya Gulnara Sardar Akhmed Akhmad Aslan Beslan Zelimkhan Magomed Rasul Khabib Abdulaziz Mukhtar
"""

BLOCKS["west_africa"] = """
Mohamed Mohammed Mohamadou Mahamadou Mamadou Mamoudou Moussa Abdourahamane Abdourahmane Abdourahame
Abdoulaye Abdou Abdoul Abdoulkader Abdoul-Karim Salifou Mahaman Mahamane Mahamat Mahammadou Ali Aminata
Fatoumata Fatouma Fatimata Ibrahim Ibrahima Assimi Souleymane Soulemane Souleyman Boubacar Boubakar
Aboubacar Aboubakar Amadou Ahmadou Hamadou Ousmane Oumarou Oumar Issoufou Hama Seyni Seini Salou Sani
Sanoussi Bazoum Tiani Hassoumi Massaoudou Hassane Hassan Issa Issiaka Idrissa Idriss Adama Aïssata
Aïcha Awa Ramatou Ramata Mariama Mariam Maïmouna Kadidia Kadiatou Hawa Hadiza Zeinabou Zénabou Safiatou
Salamatou Habibou Habiba Hamidou Hamid Yacouba Yacoubou Youssouf Youssoufa Yaya Yahaya Bakary Bakari
Sékou Seydou Sidiki Siaka Lassina Lassana Drissa Dramane Daouda Karim Kassoum Kassim Modibo Moctar
Mokhtar Malick Malik Mamadi Mamady Sidy Sidi Tidiane Alioune Aliou Abdallah Abdoulahi Abdullahi Bola
Muhammadu Goodluck Olusegun Umaru Yakubu Atiku Bola Kashim Nasir Yemi Peter Chinua Wole Ngozi Funmi
Folake Adebayo Adewale Babatunde Olumide Oluwaseun Chukwuma Chinedu Emeka Nnamdi Obinna Uche Ikenna
Amaka Chiamaka Ifeoma Nneka Ngozi Chidi Kelechi Tunde Segun Femi Dapo Kunle Yusuf Musa Aliyu Lawal
Danladi Garba Haruna Bello Sule Usman Uthman Umar Abubakar Jibril Nuhu Shehu Tanko Zainab Hauwa
Aisha Hadiza Rahama Fatima Amina Binta Bintou Coumba Kumba Ndeye Ndèye Astou Khady Khadija Mame Fatou
Sokhna Rokhaya Ndiaga Macky Abdou Abdoulaye Amadou-Mahtar Ousmane Bassirou Diomaye Faye Sonko
Idrissa Karim Cheikhou Mansour Modou Moustapha Mouhamadou Pape Papa Aliou Babacar Serigne Mbaye
Lamine Souleymane Thierno Tierno Tidjane Alpha Mamadi Sékouba Dadis Moussa Lansana Ahmed Sékou Kémoko
Doumbouya Cellou Dalein Sidya Amara Alhassane Alhousseini Alassane Henri Guillaume Laurent Simone
Charles Blé Pascal Affi Tidjane Mabri Kandia Gbagbo Patrick Konan Daniel Kablan Amadou Gon Hamed
Téné Achi Adjoumani Kobenan Kouadio Kouamé Kouassi Koffi Kofi Kwame Kwabena Kwaku Yaw Kojo Kwesi
Akosua Adwoa Abena Afua Ama Akua Yaa Efua Nana Komlan Kodjo Kossi Koku Kokou Yao Yawo Faure Gnassingbé
Eyadéma Jean-Pierre Agbéyomé Komi Selom Aubin Boni Patrice Talon Yayi Thomas Mathieu Nicéphore Lionel
Romuald Wadagni Abdoulaye Bio Tchané Roch Marc Christian Kaboré Blaise Thomas Sankara Ibrahim Traoré
Paul-Henri Sandaogo Damiba Apollinaire Joachim Kyélem Zéphirin Diabré Eddie Komboïgo Gilbert Noël
Ouédraogo Zida Isaac Yacouba Michel Kafando Luc Adolphe Tiao Ablassé Djibrill Bassolé Salif Diallo
Tahirou Moctar Ouane Choguel Kokalla Maïga Abdoulaye Diop Sadio Camara Malick Diaw Ismaël Wagué
Modibo Keïta Alpha Oumar Konaré Amadou Toumani Touré Ibrahim Boubacar Keïta Dioncounda Bah Ndaw
Soumeylou Boubèye Soumaïla Cissé Mahmoud Dicko Iyad Ghaly Amadou Koufa Hamadoun Djibrilla Mahmadou
Mohamed-Lamine Salamata Maïmouna Fatimata Kadidiatou Ramatoulaye Djénéba Djeneba Dieneba Assétou
Assitan Oumou Oumoul Sira Nana Penda Korka Coumba Aminatou Hadjara Habsatou Hassanatou Hamsatou Nafissa
Nafissatou Nafi Salimata Sali Sanata Tenin Kadi Kadidja Kadidjatou Kani Koumba Djouma Aoua Awa
Fanta Fantani Fatim Fatimatou Massaran Mabintou Manan Maty Rama Bineta Adja Djibo Djibril Djibrilla
Abass Abbas Abdelkader Abdelkrim Abdias Abdoulrazak Abdourazak Rabiou Rabiu Habou Harouna Idi Illiassou
Issaka Issoufa Kabirou Kanta Laouali Lawali Maman Mamane Mamani Moumouni Moumini Nouhou Oumarou
Sahabi Saidou Saïdou Salissou Salifou Seyni Souley Soumana Tahirou Yahouza Yahaya Zakari Zakariaou
Zakaria Ibro Inoussa Mounkaila Mounkaïla Amadou Boureima Boureïma Djibrilla Hamani Hama Hassoumi
Hamissou Kalla Ladan Mahamadou Mamoudou Omar Seidou Sani Salou Bilal Hamma Tandja Mamadou Ousmane
Kountché Seyni Baré Maïnassara Daouda Malam Wanké Djermakoye Mahamane Ousmane Hama Amadou Mohamed Bazoum
Issoufou Brigi Rafini Ouhoumoudou Mahamadou Ali Lamine Zeine Abdourahamane Tiani Salifou Mody
Mohamed Toumba Moussa Salaou Barmou Amadou Ibro Abdou Sidikou Bakary Yaou Sangaré Lawan Chaibou
Abdoulaziz Aboubacar Aboubacrine Agaly Alghabass Almou Attaher Bilal Ag Achérif Ghaly Intalla
Mohamedoun Moussa Ag Acharatoumane Alkassoum Alhabib Hamada Hamatou Hameye Ibrahima Mohamedou Sidati
Sidati Ould Chouaïb Ould Aziz Ghazouani Biram Mohamed-Ould Mohamedou Mokhtar Cheikh-Tidiane Cheikhna
Mahfoudh Mahfoud Messaoud Taleb Mohamed-Vall Vall Lemrabott Lemrabet Sidi-Mohamed Brahim Isselmou
Ahmedou Ahmed Baba Zeïnebou Mariem Aïchetou Aicha Khadijetou Toutou Lalla Oumoulkhairy Vatimetou
Bâ Demba Samba Djiby Moussa Hamady Boubou Abou Bakr Alassane Kaba Naby Mamady Fodé Fodéba Lansine
Lansana Sekouba Sékouba Mamadou Saliou Mohamed Saliou Alpha-Condé Sanoussy Tibou Kassory Bernard
Goumou Amara Camara Fana Fanta Hadja Hadja-Aïcha Makalé Makale Mariama-Ciré Kadiatou Nènè Nene Oumou
Ernest Bai Koroma Julius Maada Samura Kamara Foday Sankoh Johnny Paul Valentine Strasser Ahmad Tejan
Kabbah Charles Ellen Johnson George Weah Joseph Boakai Jewel Howard Taylor Prince Yormie Emmanuel
Shaw Samuel Doe William Tolbert Amos Sawyer Gyude Bryant Adama Barrow Yahya Jammeh Ousainou Darboe
Isatou Touray Fatoumata Jallow Tambajang Umaro Sissoco Embaló Domingos Simões Pereira José Mário Vaz
Nino Vieira Kumba Ialá Malam Bacai Sanhá Jorge Carlos Fonseca José Maria Neves Pedro Pires Ulisses
Correia Silva Evaristo Carvalho Patrice Trovoada Carlos Vila Nova Nuno Jacinto
"""

BLOCKS["central_africa"] = """
Félix Antoine Tshisekedi Joseph Kabila Laurent-Désiré Mobutu Sese Seko Patrice Lumumba Moïse Katumbi
Martin Fayulu Jean-Pierre Bemba Vital Kamerhe Augustin Matata Ponyo Judith Suminwa Sama Lukonde
Jean-Michel Sama Corneille Nangaa Sultani Makenga Bertrand Bisimwa Denis Mukwege Christophe Mboso
Modeste Bahati Jean-Marc Kabund Adolphe Muzito Delly Sesanga Léon Kengo Étienne Tshisekedi Antoine
Gizenga Samy Badibanga Bruno Tshibala Sylvestre Ilunga Jean-Lucien Bussa Constant Mutamba Guylain
Guy Kalonji Kalonda Trésor Crispin Dieudonné Gédéon Gloria Grâce Jolie Exaucé Exaucée Fiston Héritier
Héritière Nathanaël Blaise Nicaise Jolie Mireille Claudel Espoir Cédrick Papy Patou Kabamba Kasongo
Mbuyi Ilunga Kalala Tshibangu Tshilombo Mutombo Ngalula Ngoy Ngandu Mbombo Mulumba Mukendi Ntumba
Nzuzi Mbala Makiese Lukaku Mayele Nsimba Kabasele Kiala Kimbembe Kinkela Mavungu Mbemba Nzinga Nsingi
Denis Sassou Nguesso Pascal Lissouba Bernard Kolélas Parfait Kolelas Guy-Brice Clément Mouamba
Anatole Collinet Makosso Jean-Marie Michel Mokoko André Okombi Salissa Firmin Ayessa Jean-Jacques
Bouya Denis-Christel Ali Bongo Ondimba Omar Bongo Sylvia Valentin Noureddin Brice Clotaire Oligui
Nguema Raymond Ndong Sima Alain-Claude Bilie-By-Nze Jean Ping Albert Ondo Ossa Rose Christiane
Ossouka Raponda Paulette Missambo Pierre-Claver Maganga Moussavou Guy Nzouba-Ndama Ulrich Manfoumbi
Hervé Patrick Opiangah Paul Biya Chantal Franck Joseph Dion Ngute Philémon Yang Maurice Kamto Cabral
Libii Akere Muna Joshua Osih John Fru Ndi Issa Tchiroma Bakary Marafa Hamidou Yaya Amadou Ali
Ferdinand Ngoh Ngoh Laurent Esso Samuel Mvondo Ayolo Martin Belinga Eboutou Joseph Beti Assomo René
Emmanuel Sadi Atanga Nji Louis-Paul Motaze Ernest Ouandié Ruben Um Nyobè Félix-Roland Moumié Ahmadou
Ahidjo Mahamat Idriss Déby Itno Idriss Hinda Succès Masra Albert Pahimi Padacké Allamaye Halina
Saleh Kebzabo Yaya Dillo Djérou Ahmat Mahamat Nour Timan Erdimi Hissène Habré Félix Malloum Goukouni
Weddeye Ngarta Tombalbaye Lol Mahamat Choua Mahamat Ismaël Chaïbo Abakar Kaltouma Haoua Hawa Achta
Zara Mahamat Ahmat Hassaballah Abderaman Koulamallah Moussa Faki Djimadoum Djimrangar Mbaïlaou
Ngarlejy Yorongar Nadingar Emmanuel Faustin-Archange Touadéra Félix Moloua Simplice Sarandji
Anicet-Georges Dologuélé Martin Ziguélé Catherine Samba-Panza François Bozizé Michel Djotodia Ange-Félix
Patassé André Kolingba Jean-Bedel Bokassa David Dacko Barthélemy Boganda Noureddine Adam Ali Darassa
Sidiki Abass Abdoulaye Miskine Maxime Mokom Hassan Bouba Teodoro Obiang Nguema Mbasogo Teodorin
Manuela Roka Botey Francisco Pascual Obama Asue Ruslan Gabriel Mba Mbuzi Ndayishimiye Évariste
Pierre Nkurunziza Gervais Rufyikiri Agathon Rwasa Alain-Guillaume Bunyoni Prosper Bazombanza
Domitien Ndayizeye Melchior Ndadaye Sylvestre Ntibantunganya Cyprien Ntaryamira Pierre-Claver
Jean-Baptiste Bagaza Micombero Léonce Ngendakumana Frédéric Bamvuginyumvira Gabriel Rufyiri Paul
Kagame Jeannette Édouard Ngirente Justin Nsengiyumva Olivier Nduhungirehe Vincent Biruta Yolande
Makolo Louise Mushikiwabo Juvénal Habyarimana Pasteur Bizimungu Théoneste Bagosora Félicien Kabuga
Victoire Ingabire Diane Rwigara Paul Rusesabagina Kayumba Nyamwasa Faustin Twagiramungu Agathe
Jean-Damascène Jean-Népomucène Emmanuel-Joseph Dieudonné Gaspard Innocente Immaculée Célestin
Déogratias Déo Alphonse-Marie Epiphanie Euphrasie Joséphine Speciose Consolate Béatrice Claudine
Clarisse Divine Aline Bonaventure Venant Fulgence Anaclet Anastase Athanase Sixbert Salvator Protais
Célestine Domitille Godelieve Scholastique Léocadie Médiatrice Annonciata Bernadette Goretti
Herménégilde Hilaire Isidore Jovin Lambert Longin Servilien Siméon Straton Térence Théogène Théophile
Tharcisse Valens Viateur Zacharie Zéphirin Astère Aloys Bosco Candide Cyriaque Egide Elias Éloi
Emery Euloge Éphrem Eustache Fidèle Firmin Florentin Gervais Gilbert Grégoire Gratien Hyacinthe Ildephonse
Lazare Léonidas Marcellin Narcisse Norbert Onésime Pacifique Pamphile Placide Prosper Rigobert Sabin
Servais Simplice Sosthène Télesphore Urbain Victorien Wenceslas Yvon Zénon Albertine Alphonsine
Antoinette Clémentine Delphine Emerance Evodie Florentine Germaine Honorine Léontine Marceline
Pélagie Pétronille Valérie Véneranda Virginie Albertine
"""

BLOCKS["east_africa"] = """
Abiy Ahmed Sahle-Work Zewde Taye Atske Selassie Demeke Mekonnen Redwan Hussien Debretsion Gebremichael
Getachew Reda Tedros Adhanom Ghebreyesus Meles Zenawi Haile Mariam Desalegn Mengistu Hailemariam
Jawar Mohammed Lemma Megersa Birtukan Mideksa Gedion Timothewos Abebe Alemayehu Amanuel Berhane
Bekele Biniam Dawit Ephrem Fikre Girma Habtamu Kebede Kidane Mulugeta Negash Samuel Solomon Tadesse
Tesfaye Tewodros Worku Yared Yohannes Zerihun Almaz Aster Hirut Meseret Mulu Selam Tigist Tsehay
Isaias Afwerki Osman Saleh Yemane Gebremeskel Hassan Sheikh Mohamud Mohamed Abdullahi Farmajo Hamza
Abdi Barre Roble Abdirizak Abdirahman Abdiweli Ahmed Madobe Muse Bihi Abdi Said Deni Hassan Ali
Khaire Sharif Sheikh Ahmed Ahmed Abdi Godane Abu Ubaidah Ayman Fadumo Hodan Ilhan Amran Ifrah
Faisal Farah Hussein Ismail Omar Guelleh Kadra Mahamoud Haid Abdoulkader Kamil Mohamed Ali Youssouf
Mahmoud Ali Youssouf Dileita Ahmed Dini William Ruto Uhuru Kenyatta Raila Odinga Mwai Kibaki Daniel
arap Moi Rigathi Gachagua Kithure Kindiki Kalonzo Musyoka Martha Karua Musalia Mudavadi Fred Matiang'i
Yoweri Museveni Muhoozi Kainerugaba Robert Kyagulanyi Bobi Wine Kizza Besigye Janet Jessica Alupo
Robinah Nabbanja Idi Amin Milton Obote Samia Suluhu Hassan John Magufuli Jakaya Kikwete Benjamin
Mkapa Julius Nyerere Tundu Lissu Freeman Mbowe Kassim Majaliwa Salva Kiir Mayardit Riek Machar
Rebecca Nyandeng Garang James Wani Igga Paul Malong Abdel Fattah al-Burhane Burhane Burhan Mohamed
Hamdane Daglo Hemedti Abdallah Hamdok Omar el-Béchir Béchir Abdel Rahim Yasser Kabbashi Malik Agar
Minni Minnawi Abdelaziz al-Hilu Abdul Wahid Nour Gibril Ibrahim Kamil Idris Sadiq al-Mahdi Mariam
Nyokabi Wanjiku Wangari Wambui Njeri Nyambura Achieng Akinyi Atieno Awino Adhiambo Anyango Otieno
Odhiambo Ochieng Onyango Owino Kamau Kariuki Kimani Mwangi Njoroge Njuguna Mutua Musyoka Kiprono Kipchoge
Eliud Kipruto Kiplagat Cheruiyot Chebet Jepkosgei Faith Brigid Hellen Tegla Vivian Wycliffe Kennedy
Lupita Ngugi Chimamanda Wangui Nakato Namazzi Nansubuga Nabirye Kato Mukasa Ssemakula Ssekandi Kizza
Baraka Neema Rehema Zawadi Amani Imani Jabari Juma Khamisi Mwinyi Hussein Salim Salma Saada Mwanaisha
Mohamed-Hussein Hassan-Ali Mussa Mwajuma Halima Hamisi Bakari Athumani Ramadhani Shabani Rajabu
Hery Rajaonarimampianina Andry Rajoelina Marc Ravalomanana Didier Ratsiraka Albert Zafy Christian
Ntsay Michaël Randrianirina Ruphin Zafisambo Azali Assoumani Ahmed Abdallah Sambi Ikililou Dhoinine
Mohamed Bacar Nourdine Bourhane Moustadroine Abdou Pravind Jugnauth Navin Ramgoolam Anerood Paul
Bérenger Danny Faure Wavel Ramkalawan Patrick Herminie James Michel France-Albert René
"""

BLOCKS["maghreb"] = """
Mohamed Mohammed Abdelaziz Abdelkader Abdelmadjid Abdelmajid Abdelmalek Abdelhamid Abdelhak Abdelkrim
Abdellah Abdellatif Abdelilah Abdeslam Abdesselam Abderrahmane Abderrahim Abderrazak Abdelwahab
Abdelouahab Abdelghani Abdelhafid Abdelhakim Abdeljalil Abdelmoumen Abdennour Abdennasser Abdenour
Abdessamad Abdessattar Ahmed Ahmad Ali Amine Amin Amar Ammar Aziz Azzedine Bachir Badreddine Belkacem
Bouabdallah Boualem Boubekeur Brahim Chakib Chafik Chérif Cherif Djamel Djamal Driss Fayçal Faycal
Farid Fethi Fouad Ghali Habib Hakim Hamid Hamza Hassan Hassen Hocine Houari Idriss Ismaïl Ismail
Jamel Kamel Kamal Karim Khaled Khalid Lakhdar Larbi Lotfi Lyes Madjid Mahfoud Mahmoud Malek Malik
Mehdi Messaoud Mokhtar Moncef Mostefa Mustapha Moustapha Mourad Mouloud Nabil Nacer Nasser Nadir
Nordine Noureddine Nourredine Omar Othmane Rabah Rachid Rafik Ramdane Redouane Ridha Riadh Saad
Sadek Saïd Said Salah Salim Samir Sami Slimane Sofiane Soufiane Tahar Tarek Taoufik Toufik Walid
Yacine Yassine Yazid Youcef Youssef Zakaria Zine Zinedine Zoubir Abdelaziz Tebboune Bouteflika
Chengriha Saïd Ahmed Gaïd Ouyahia Sellal Aïmene Benabderrahmane Nadir Larbaoui Attaf Lamamra
Kaïs Kais Saïed Saied Ahmed Hachani Kamel Madouri Najla Bouden Hichem Mechichi Youssef Chahed
Rached Ghannouchi Béji Caïd Essebsi Moncef Marzouki Zine el-Abidine Ben Ali Habib Bourguiba Abir
Moussi Mohammed Akhannouch Aziz Saadeddine Othmani Abdelilah Benkirane Nasser Bourita Abdellatif
Hammouchi Yassine Mansouri Fouad Ali El Himma Hassan Moulay Rachid Lalla Salma Khadija Meryem Hasna
Aïcha Aicha Amina Asma Assia Bahia Chahrazed Dalila Djamila Fatiha Fatima Fatma Fadila Farida
Fouzia Ghania Habiba Hafsa Hanane Hayat Houria Hind Ilham Imane Inès Kahina Karima Khadidja Khadija
Latifa Leïla Leila Lamia Linda Louisa Louiza Malika Meriem Myriam Nabila Nacera Nadia Naïma Najat
Nawel Nesrine Nora Nour Nouria Ouarda Rachida Radia Rahma Rym Sabrina Safia Saïda Salima Samia Samira
Sarah Siham Sonia Souad Soumaya Wafa Warda Wassila Yasmina Yamina Zahia Zahra Zeineb Zineb Zohra
Zoulikha Zoubida Abla Nadjat Nadjet Nassima Ouafa Rim Rkia Saloua Sanaa Soraya Touria Zakia Mounia
Mounir Marouane Marwane Anouar Anas Achraf Adil Ayoub Badr Bilal Hicham Hichem Ilyas Ilias Imad
Ismaïl Jawad Khalil Lahcen Lahoucine Lhoussaine Mehdi Mohcine Mohsen Mouad Mounir Nabil Nizar Rayan
Saber Said Souhail Tarik Wahid Yahya Younes Younès Zakariae Hafid Haftar Khalifa Saddam Seif Seïf
Abdelhamid Dbeibah Fayez Sarraj Aguila Saleh Fathi Bachagha Oussama Hammad Mouammar Kadhafi Aref Nayed
Abdelrahman Souheil Abdulhamid Mohammed Menfi Khaled Mechri Najla Mangoush Ghassan Salamé Stephanie
Hannibal Moatassem Saadi Aïcha Safia Kaddafi Saleh Mansour Moussa Koussa Ramtane Sabri Boukadoum
Liamine Zéroual Chadli Bendjedid Houari Boumediene Ahmed Ben Bella Mohamed Boudiaf Ali Kafi Krim
Ferhat Abbas Messali Hadj Larbi Ben M'hidi Hocine Aït Ahmed Mouloud Hamrouche Ali Benflis Abdelmadjid
Saïd Sadi Louisa Hanoune Karim Tabbou Fethi Ghares Mohcine Belabbas Abdallah Djaballah Abderrazak
Makri Soufiane Djilali Yassine Aït Ahmed Abdelkader Bensalah Noureddine Bedoui Abdelaziz Djerad
"""

BLOCKS["arab"] = """
Mohammed Muhammad Mohammad Mohamed Ahmad Ahmed Abdallah Abdullah Abdel Abdelrahman Abdul Abdulaziz
Abdulrahman Abdelaziz Abdel-Fattah Abdelfattah Abdelhadi Abbas Adel Adnan Akram Ala Alaa Ali Amer
Amir Amr Anas Anwar Ashraf Assad Atef Ayman Ayoub Bachar Bashar Bassam Bassel Bilal Chadi Fadi Fahd
Fahad Faisal Fayçal Fares Farouk Fathi Fawaz Firas Fouad Ghassan Habib Haidar Haïdar Haitham Haytham
Hakim Hamad Hamdan Hamed Hani Haroun Hassan Hatem Hazem Hicham Hisham Hossam Houssam Hussein Hussain
Ibrahim Ihab Imad Iyad Issam Jaber Jamal Jamil Jassem Jawad Kamal Kareem Karim Khaled Khalil Maher
Mahmoud Majed Majid Malek Mansour Marwan Mazen Moataz Mohannad Mounir Mourad Moustafa Mustafa Nabil
Nader Naïm Naim Najib Nasser Nawaf Nizar Nouri Omar Osama Oussama Qassem Qais Rabih Rafic Rafik
Rami Ramzi Rashid Riad Riyad Saad Saddam Saeed Saïd Salah Saleh Salem Salman Sami Samir Sultan
Tamim Tarek Tarik Tareq Wael Walid Waleed Yahya Yasser Yassin Youssef Yousef Zayed Zaid Ziad Ziyad
Hassan Nasrallah Naïm Qassem Wafiq Safa Hachem Safieddine Ismaïl Haniyeh Yahya Sinouar Sinwar Mohammed
Deif Marwan Issa Khalil Hayya Khaled Mechaal Moussa Abou Marzouk Mahmoud Abbas Mohammad Mustafa Hussein
Cheikh Jibril Rajoub Saeb Erekat Yasser Arafat Salam Fayyad Rami Hamdallah Mohammed Shtayyeh Hanan
Ashrawi Mustafa Barghouti Nabil Ahmed Aboul Gheit Amr Moussa Abdel Fattah Sissi Mostafa Madbouly
Badr Abdelatty Sameh Choukri Hosni Moubarak Gamal Alaa Mohamed Morsi Anouar Sadate Gamal Abdel Nasser
Mohamed ElBaradei Hamdine Sabahi Ayman Zawahiri Khairat Chater Bachar Assad Asma Maher Rifaat Hafez
Ahmed Charaa Ahmad al-Charaa Abou Mohammed Jolani Assaad Chaibani Anas Khattab Mourhaf Abou Qasra
Faysal Mekdad Walid Mouallem Mazloum Abdi Ilham Ahmed Salih Muslim Nadim Najib Mikati Nawaf Salam
Joseph Aoun Michel Aoun Gebran Bassil Saad Hariri Rafic Fouad Siniora Tammam Nabih Berri Walid Joumblatt
Samir Geagea Sleiman Frangié Frangieh Amine Gemayel Bachir Sami Riad Salamé Élias Elias Georges
Michel Antoine Pierre Fouad Maroun Charbel Raï Béchara Boutros Bechara Wadih Naji Nicolas Tony Ziad
Fayrouz Nancy Haïfa Elissa Najwa Nadine Nayla Rima Rola Lina Mona Maya Dima Hala Randa Reem Rania
Dalia Nour Noura Salma Layla Leila Yasmine Jumana Joumana Lubna Loubna Manal Maha Mariam Marwa
Nadia Nahla Najla Nisrine Nesrine Rasha Rana Rawya Reema Rouba Sahar Salwa Samah Sana Sawsan Shaima
Souha Suha Tamara Wafa Yara Zeina Zaina Zainab Zeinab Ghada Ghida Hiba Hoda Huda Iman Inas Israa
Jihane Khouloud Lama Lamis Lamia Mai Maysa Mays Nawal Nidal Rahaf Reham Safaa Samar Shireen Shirine
Tala Tharwat Widad Yusra Zahra Rima Mohammed Shia Sudani Moustafa Kazimi Haïdar Abadi Adel Abdel Mahdi
Nouri Maliki Moqtada Sadr Ammar Hakim Hadi Amiri Qais Khazali Falih Fayyad Abou Mahdi Mouhandis
Abou Bakr Baghdadi Abou Ibrahim Hachimi Qourachi Abou Hafs Abou Hassan Abdul Latif Rashid Barham
Fouad Massoum Jalal Talabani Massoud Barzani Nechirvan Masrour Bafel Lahur Qubad Kosrat Mohammed Halbousi
Salman Mohammed ben Salmane Mohammed ben Salman Abdelaziz Fayçal Turki Bandar Khaled Adel Joubeir
Abdallah Sultan Nayef Ahmed Alwaleed Walid Tamim Hamad Jassim Cheikha Moza Mohammed Abdelrahmane
Majed Ansari Zayed Khalifa Mansour Tahnoun Hamdan Maktoum Rached Abdallah Anouar Gargash Saif Lubna
Mishaal Mechaal Nawaf Sabah Ahmad Jaber Haitham Qabous Badr Busaïdi Hamad Issa Salman Khalifa Nasser
Abdel-Malek Houthi Abdel-Malek Mohammed Abdelsalam Yahya Saree Mahdi Machat Rachad Alimi Aidarous
Zoubaïdi Ali Abdallah Saleh Abd Rabbo Mansour Hadi Ahmed Awad ben Moubarak Maïn Abdelmalek Tawakkol
Karman Abdallah Ier Rania Hussein Bisher Khasawneh Ayman Safadi Jafar Hassan Nour Hamzah Hachem
"""

BLOCKS["persian"] = """
Ali Ali-Akbar Ali-Asghar Ali-Reza Alireza Abbas Abdolrahim Abolfazl Ahmad Akbar Amir Amir-Abdollahian
Ebrahim Esmaïl Esmail Hassan Hossein Hussein Javad Kazem Mahmoud Majid Massoud Masoud Mehdi Mohammad
Mohammad-Javad Mohammad-Bagher Mohammad-Reza Mojtaba Morteza Mostafa Nasser Qassem Ghassem Reza Saeed
Saïd Sadegh Saleh Shahram Yahya Zahra Zeinab Fatemeh Maryam Narges Nasrin Shirin Mahsa Masih Parisa
Roya Shirin Soraya Farah Ladan Leila Azadeh Golshifteh Marjane Marjan Nazanin Niloufar Nilufar Parvin
Simin Sima Tahereh Taraneh Ahmadinejad Rohani Rouhani Khamenei Khomeini Raïssi Raisi Pezeshkian
Araghchi Zarif Larijani Qalibaf Ghalibaf Salami Bagheri Kani Hajizadeh Soleimani Qaani Ghaani Hojjat
Ruhollah Rouhollah Seyyed Sayyed Ayatollah Akbar Hashemi Rafsandjani Mir-Hossein Moussavi Mehdi Karoubi
Mohammad Khatami Abolhassan Banisadr Reza Pahlavi Farah Diba Mohammad-Reza Shah Mahmoud Ahmadinejad
Behrouz Bijan Cyrus Dariush Darius Farhad Farid Farshad Fereydoun Hamid Hamidreza Houshang Iraj Jalal
Kamran Kaveh Keyvan Khosrow Mahyar Manouchehr Mehran Mehrdad Mohsen Nader Omid Payam Pedram Peyman
Pouya Ramin Rostam Saman Siamak Sohrab Soroush Vahid Babak Arash Arman Ardeshir Aydin Amin Behnam
Behzad Ehsan Elham Hamed Hoda Mahnaz Mandana Mitra Mojgan Nahid Negar Neda Pari Parvaneh Pegah Pouran
Sepideh Shabnam Shahla Shahnaz Shiva Soheila Tina Yasaman Ziba Zohreh Ahmad-Shah Abdul Ashraf Ghani
Hamid Karzai Abdullah Abdullah Hibatullah Akhundzada Sirajuddin Haqqani Mullah Omar Abdul Ghani
Baradar Amir Khan Muttaqi Zabihullah Mujahid Suhail Shaheen Mohammad Hassan Akhund Mohammad Yaqoob
Yaqub Ahmad Massoud Ahmed Shah Gulbuddin Hekmatyar Abdul Rashid Dostom Atta Mohammad Noor Ismail Khan
Malala Yousafzai Fawzia Koofi Zarifa Ghafari Shamsia Sima Samar Mahbouba Seraj Amrullah Saleh
Rahmatullah Habibullah Hekmatullah Najibullah Naqibullah Sanaullah Shafiullah Wahidullah Zabiullah
Khalilullah Lutfullah Matiullah Obaidullah Rahimullah Samiullah Ziaullah Hamdullah Ehsanullah
Imran Shehbaz Shahbaz Nawaz Maryam Bilawal Benazir Asif Ali Zardari Pervez Musharraf Asim Munir
Qamar Javed Bajwa Ishaq Dar Shah Mehmood Qureshi Yousaf Raza Gilani Shaukat Aziz Zulfikar Ayub Liaquat
Muhammad Ali Jinnah Fatima Aseefa Bakhtawar Hamza Usman Buzdar Pervaiz Elahi Chaudhry Fazlur Rehman
Sirajul Haq Hafiz Saeed Masood Azhar Noor Wali Mehsud Hakimullah Baitullah Mullah Fazlullah
"""

BLOCKS["turkish"] = """
Recep Tayyip Emine Ahmet Ahmed Abdullah Ali Binali Bülent Cem Devlet Ekrem Fatih Fidan Hakan Hulusi
Kemal Kılıçdaroğlu Mansur Mehmet Meral Mevlüt Mustafa Necmettin Numan Özgür Selahattin Süleyman Turgut
Yaşar Yılmaz Zeki Zeynep Ayşe Ayse Elif Emine Esra Fatma Gül Hatice Hülya Leyla Merve Nur Özlem Selin
Sevgi Şule Tuğba Yasemin Zehra Burak Can Cengiz Deniz Emre Enes Erdem Erkan Ercan Eren Erhan Ersin
Fikret Gökhan Hasan Hüseyin Ibrahim İbrahim İsmail Ismail Kadir Kerem Levent Mahmut Melih Mert Murat
Nihat Okan Onur Orhan Osman Ömer Selim Serkan Sinan Tamer Tarık Tolga Tuncay Uğur Umut Volkan Yavuz
Yusuf Berat Bilal Esra Sümeyye Ahmet-Davutoğlu Abdullah-Gül Ekmeleddin Kemal Mansur Mehmet Şimşek Nebi
Hakan Fidan İbrahim Kalın Süleyman Soylu Ali Yerlikaya Yaşar Güler Numan Kurtulmuş Cevdet Yılmaz Fuat
Oktay Bekir Bozdağ Ömer Çelik Devlet Bahçeli Meral Akşener Ali Babacan Temel Karamollaoğlu Selahattin
Demirtaş Pervin Buldan Tülay Hatimoğulları Abdullah Öcalan Murat Karayılan Cemil Bayık Bese Hozat
Fethullah Gülen Ersin Tatar Tufan Erhürman Mustafa Akıncı Rauf Denktaş Nazım Orhan Pamuk Elif Şafak
Aslı Erdoğan Can Dündar Osman Kavala Aydın Barış Berk Cemal Cihan Doğan Ege Emir Engin Ertuğrul Evren
Ferhat Feyza Gizem Gülsüm İlker Ilker Kaan Kübra Metin Necati Nermin Oğuz Oya Pınar Rıza Rukiye Sabri
Sadık Sena Sevda Sibel Sultan Şükrü Taner Tansu Tülin Turan Ülkü Ümit Vedat Yunus Zafer Zübeyde Saffet
"""

BLOCKS["latin_america"] = """
Luiz Inácio Lula Dilma Jair Michel Fernando Henrique Geraldo Alckmin Flávio Eduardo Carlos Marina
Ciro Tarcísio Fernando Haddad Sergio Moro Alexandre Gleisi Janja Michelle Javier Milei Victoria
Karina Patricia Bullrich Sergio Massa Alberto Cristina Néstor Mauricio Macri Axel Kicillof Gustavo
Petro Francia Márquez Iván Duque Álvaro Uribe Juan Manuel Santos Nicolás Maduro Cilia Flores Delcy
Diosdado Cabello Vladimir Padrino Hugo Chávez Juan Guaidó Edmundo González Urrutia María Corina
Machado Leopoldo López Henrique Capriles Andrés Manuel López Obrador Claudia Sheinbaum Marcelo Ebrard
Xóchitl Gálvez Enrique Peña Nieto Felipe Calderón Vicente Fox Joaquín Guzmán Chapo Ismael Zambada
Ovidio Nemesio Oseguera Mencho Daniel Ortega Rosario Murillo Nayib Bukele Bernardo Arévalo Alejandro
Giammattei Xiomara Castro Juan Orlando Hernández Rodrigo Chaves Laura Chinchilla Óscar Arias José
Raúl Mulino Laurentino Cortizo Miguel Díaz-Canel Raúl Fidel Ernesto Che Camilo Luis Abinader Ariel
Henry Jovenel Moïse Martine Garry Conille Alix Didier Fils-Aimé Michel Martelly René Préval
Jean-Bertrand Aristide Jimmy Chérizier Barbecue Dina Boluarte Pedro Castillo Pedro Pablo Kuczynski
Alan García Keiko Fujimori Alberto Ollanta Humala Daniel Noboa Guillermo Lasso Rafael Correa Lenín
Moreno Luisa González Verónica Abad Luis Arce Evo Morales Jeanine Áñez Andrónico Rodríguez Rodrigo
Paz Gabriel Boric Sebastián Piñera Michelle Bachelet José Antonio Kast Evelyn Matthei Augusto
Salvador Allende Yamandú Orsi Luis Lacalle Pou Tabaré Vázquez José Mujica Pepe Santiago Peña Mario
Abdo Benítez Horacio Cartes Irfaan Ali Chan Santokhi Mia Mottley Andrew Holness Keith Rowley Kamla
Persad-Bissessar Adriana Alejandra Alicia Ana Andrea Ángela Antonia Beatriz Blanca Camila Carolina
Catalina Claudia Cristina Daniela Diana Dolores Elena Esperanza Fernanda Gabriela Guadalupe Inés Isabel
Julia Juana Laura Leticia Lorena Lucía Luz Manuela Margarita María Mariana Marisol Marta Mercedes
Mónica Natalia Paola Paula Pilar Raquel Rocío Rosa Rosario Sandra Silvia Sofía Susana Teresa Valentina
Valeria Verónica Ximena Yolanda Adrián Agustín Alberto Alfonso Alfredo Andrés Ángel Antonio Armando
Arturo Benjamín Carlos César Cristian Cristóbal Daniel Diego Eduardo Emilio Enrique Esteban Federico
Felipe Francisco Gerardo Gonzalo Guillermo Héctor Hernán Horacio Hugo Ignacio Jaime Javier Jesús
Joaquín Jorge José Juan Julián Julio Leonardo Lorenzo Lucas Manuel Marcelo Mario Martín Matías
Mauricio Miguel Nicolás Óscar Pablo Patricio Pedro Rafael Ramiro Ramón Raúl Ricardo Roberto Rodrigo
Rubén Salvador Samuel Santiago Sebastián Sergio Tomás Vicente Víctor Alexandre André Antônio Bruno
Caio Cauã Fábio Gabriel Gilberto Gustavo Heitor João Leandro Luiz Marcos Paulo Renan Rodrigo Thiago
Vinícius Wagner Aline Ana Beatriz Bruna Fernanda Gisele Juliana Larissa Letícia Luana Mariana Patrícia
Renata Simone Tatiana Vanessa Neymar Ronaldo Ronaldinho Pelé Diego Lionel Sebastián
"""

BLOCKS["asia"] = """
Narendra Rahul Sonia Manmohan Atal Indira Rajiv Amit Rajnath Nirmala Piyush Arvind Mamata Priyanka
Jawaharlal Hasina Khaleda Sajeeb Tarique Ranil Anura Gotabaya Mahinda Pushpa Prayut Srettha Paetongtarn
Thaksin Yingluck Anutin Ferdinand Rodrigo Sara Leni Corazon Benigno Joko Prabowo Gibran Megawati Susilo
Anwar Mahathir Najib Ismail Lawrence Tharman Halimah Fumio Shigeru Shinzo Yoshihide Sanae Taro Naruhito
Akihito Junichiro Yukio Hiroshi Takeshi Haruki Kenji Akira Yuki Yuko Keiko Naomi Sakura Haruto Ryo
Daisuke Kazuo Kenzaburo Yasunari Hayao Arjun Rohit Virat Sachin Sunil Anil Sanjay Vijay Ajay Rakesh
Suresh Ramesh Mahesh Ganesh Dinesh Rajesh Mukesh Ratan Gautam Anand Priya Deepika Aishwarya Aamir Kareena
Amitabh Lakshmi Sita Radha Kavita Anjali Pooja Sunita Anita Neha Shreya Meera Kiran Ravi Vikram Krishna
Ashok Pradeep Prakash Rajendra Droupadi Pranab Pratibha Jagdeep Nitin Ajit Shashi Uddhav Devendra Sharad
Akhilesh Mulayam Mayawati Nitish Tejashwi Naveen Chandrababu Revanth Hemant Bhupesh Shivraj Vasundhara
Sitiveni Manasseh Jeremiah Hilda Wesley Surangel Taneti Siaosi Ishmael Charlot Jacinda Anthony Scott
Yoshihiko Toshimitsu Katsuya Kishida Masako Aiko Hisashi Ichiro Kenta Kotaro Makoto Masahiro Minoru
Naoki Noriko Osamu Satoshi Shinji Shota Tadashi Takuya Tomoko Toshiro Yasuo Yoko Yoshiko Yusuke Emiko
Amartya Aruna Bhagat Chetan Gopal Harish Hari Jyoti Kamala Kapil Lata Madhuri Manish Manoj Mohan Nandan
Nikhil Rajiv Raju Rekha Rohan Sanjeev Saurabh Shankar Shilpa Siddharth Sonam Sudhir Sushma Uma Varun
Vinod Yash Zubin Aditya Akshay Alok Amar Arvind Bharat Deepak Gaurav Girish Hemant Jatin Karan Kunal
"""

# Sahel / Maghreb / Middle East names that the blocks above leave to one region
# but that are also usual in the other Muslim-majority regions of the wire.
SHARED = {
    "Mohamed": ["west_africa", "maghreb", "arab", "east_africa"],
    "Mohammed": ["west_africa", "maghreb", "arab"],
    "Ahmed": ["west_africa", "maghreb", "arab", "east_africa"],
    "Ali": ["west_africa", "maghreb", "arab", "persian", "turkish", "east_africa"],
    "Omar": ["west_africa", "maghreb", "arab", "east_africa"],
    "Hassan": ["west_africa", "maghreb", "arab", "persian", "east_africa"],
    "Ibrahim": ["west_africa", "arab", "east_africa", "turkish"],
    "Abdallah": ["west_africa", "maghreb", "arab"],
    "Moussa": ["west_africa", "maghreb", "arab", "central_africa"],
    "Issa": ["west_africa", "arab", "central_africa", "east_africa"],
    "Youssef": ["maghreb", "arab"],
    "Fatima": ["west_africa", "maghreb", "arab"],
    "Aïcha": ["west_africa", "maghreb", "arab"],
    "Mariam": ["west_africa", "arab", "east_africa"],
    "Amina": ["west_africa", "maghreb", "arab", "east_africa"],
}


def main() -> None:
    tags: dict[str, set[str]] = {}
    dropped = set()
    for region, block in BLOCKS.items():
        for raw in block.split():
            name = norm(raw)
            if name in EXCLUDED:
                dropped.add(name)
                continue
            # skip name particles and fragments that are not first names
            if len(name) < 2 or not name[0].isupper() or name.isupper():
                dropped.add(name)
                continue
            tags.setdefault(name, set()).add(region)
    for name, regs in SHARED.items():
        tags.setdefault(name, set()).update(regs)
    for name in NOT_FIRST_NAMES:
        tags.pop(name, None)
    order = list(BLOCKS)
    rows = [
        [name, "|".join(sorted(regs, key=order.index))]
        for name, regs in tags.items()
    ]
    rows.sort(key=lambda r: (fold(r[0]), r[0]))
    print(f"dropped {len(dropped)} excluded tokens: {', '.join(sorted(dropped))}")
    write_tsv("first_names.tsv", ["name", "regions"], rows)


# Surnames, nicknames and family names that the blocks above carry as context
# (they help the author keep the blocks readable: a block lists people as
# "First Last"), removed here so that only first names remain.
NOT_FIRST_NAMES: set[str] = set("""
Ahidjo Assomo Asue Atanga Ayessa Ayolo Badibanga Bagaza Bagosora Bahati Bamvuginyumvira Bazombanza Belinga
Bemba Beti Bilie-By-Nze Biruta Bisimwa Biya Bizimungu Boganda Bokassa Bongo Botey Bouba Bouya Bozizé Bunyoni
Bussa Chaïbo Choua Collinet Dacko Darassa Déby Dillo Dion Djérou Djimadoum Djimrangar Djotodia Dologuélé
Eboutou Erdimi Esso Faki Fayulu Fru Gizenga Habré Habyarimana Halina Hassaballah Ilunga Ingabire Itno Kabamba
Kabasele Kabila Kabuga Kabund Kagame Kalala Kalonda Kalonji Kamerhe Kamto Kasongo Katumbi Kayumba Kebzabo
Kengo Kiala Kimbembe Kinkela Kolelas Kolélas Kolingba Koulamallah Libii Lissouba Lol Lukaku Lukonde Lumumba
Maganga Makenga Makiese Makolo Makosso Malloum Manfoumbi Marafa Masra Matata Mavungu Mayele Mba Mbaïlaou Mbala
Mbasogo Mbemba Mbombo Mboso Mbuyi Mbuzi Micombero Miskine Missambo Mobutu Mokoko Mokom Moloua Motaze Mouamba
Moumié Moussavou Mukendi Mukwege Mulumba Muna Mushikiwabo Mutamba Mutombo Muzito Mvondo Nadingar Nangaa
Ndadaye Ndayishimiye Ndayizeye Ndi Ndong Nduhungirehe Ngalula Ngandu Ngendakumana Ngirente Ngoh Ngoy Nguema
Nguesso Ngute Nji Nkurunziza Nsengiyumva Nsimba Nsingi Ntaryamira Ntibantunganya Ntumba Nyamwasa Nyobè
Nzinga Nzouba-Ndama Nzuzi Obama Obiang Okombi Oligui Ondimba Ondo Opiangah Osih Ossa Ossouka Ouandié Padacké
Pahimi Pascual Patassé Ping Ponyo Raponda Roka Rufyikiri Rufyiri Rusesabagina Rwasa Rwigara Salissa Sama
Samba-Panza Sarandji Sassou Seko Sesanga Sese Suminwa Tchiroma Tombalbaye Touadéra Tshibala Tshibangu
Tshilombo Tshisekedi Twagiramungu Um Weddeye Yang Yorongar Ziguélé
Adhanom Afwerki Agar Alupo Assoumani Atske Barre Besigye Bihi Bourhane Burhan Burhane Chebet Cheruiyot Daglo
Deni Desalegn Dhoinine Dileita Dini Farmajo Gachagua Garang Gebremeskel Gebremichael Ghebreyesus Godane
Guelleh Haid Hamdane Hamdok Hemedti Herminie Igga Jugnauth Kabbashi Kainerugaba Kamau Kariuki Kimani Mwangi
Njoroge Njuguna Mutua Musyoka Otieno Odhiambo Ochieng Onyango Owino Karua Kenyatta Khaire Kibaki Kiir Kikwete
Kindiki Kipchoge Kiplagat Kiprono Kipruto Kyagulanyi Lissu Machar Madobe Magufuli Majaliwa Malong Matiang'i
Mayardit Mbowe Megersa Mekonnen Mideksa Minnawi Mkapa Moustadroine Mudavadi Museveni Mwinyi Nabbanja Ngugi
Nyandeng Nyerere Obote Odinga Rajaonarimampianina Rajoelina Ratsiraka Ravalomanana Ramgoolam Ramkalawan
Randrianirina Roble Ruto Sambi Selassie Ssekandi Ssemakula Suluhu Timothewos Ubaidah Wani Wine Zafisambo
Zafy Zenawi Zewde Mukasa
Achi Adjoumani Affi Alpha-Condé Bâ Bah Bai Baré Barmou Barrow Bassolé Bazoum Bello Bio Blé Boakai Boni
Boubèye Bryant Camara Carvalho Chaibou Cissé Correia Dalein Damiba Darboe Diabré Diallo Diaw Dicko Diop
Djermakoye Doe Doumbouya Embaló Eyadéma Faye Fonseca Gbagbo Ghaly Ghazouani Gnassingbé Gon Goumou Ialá
Intalla Jallow Jammeh Johnson Kaba Kabbah Kablan Kaboré Kafando Kalla Kamara Kanta Kokalla Komboïgo Konaré
Koroma Koufa Kountché Kyélem Mabri Maïga Maïnassara Mbaye Ndaw Neves Nova Ouane Ouédraogo Pereira Pires
Rafini Salaou Sandaogo Sangaré Sanhá Sankara Sankoh Sawyer Shaw Sidikou Silva Simões Sissoco Sonko
Strasser Talon Tambajang Tandja Tchané Tiani Tiao Tolbert Toumani Toumba Touray Touré Traoré Trovoada Vaz
Vieira Vila Wadagni Wagué Wanké Weah Yayi Zida Acharatoumane Achérif Agaly Almou Hameye Mohamed-Ould Keïta
Aït Akhannouch Attaf Bachagha Bedoui Belabbas Bella Benabderrahmane Bendjedid Benflis Benkirane Bensalah
Bouden Boudiaf Boukadoum Boumediene Bourguiba Bourita Bouteflika Caïd Chahed Chengriha Dbeibah Djaballah
Djerad Essebsi Gaïd Ghannouchi Ghares Hachani Haftar Hammad Hammouchi Hamrouche Hanoune Himma Kaddafi
Kadhafi Kafi Koussa Krim Lamamra Larbaoui M'hidi Madouri Makri Mangoush Mansouri Marzouki Mechichi Mechri
Menfi Moussi Nayed Othmani Ouyahia Saied Saïed Sarraj Sellal Tabbou Tebboune Zéroual
Abadi Abdelatty Alimi Amiri Ansari Aoun Arafat Ashrawi Assad Baghdadi Barghouti Barzani Bassil Berri
Busaïdi Chaibani Charaa Chater Deif ElBaradei Erekat Fayyad Frangié Frangieh Gargash Geagea Gemayel Gheit
Hachimi Hafs Halbousi Hamdallah Haniyeh Hariri Hayya Houthi Joubeir Jolani Joumblatt Karman Kazimi
Khasawneh Khattab Khazali Machat Madbouly Maktoum Maliki Marzouk Massoum Mechaal Mekdad Mikati Morsi
Mouallem Moubarak Mouhandis Qasra Qourachi Rabbo Raï Rajoub Sabahi Sadate Sadr Safadi Safieddine Saree
Shtayyeh Siniora Sinouar Sinwar Sissi Sudani Zawahiri Zoubaïdi
Ahmadinejad Akhund Akhundzada Amir-Abdollahian Araghchi Azhar Bagheri Bajwa Banisadr Baradar Buzdar
Chaudhry Dar Diba Dostom Elahi Ghaani Ghafari Ghalibaf Ghani Gilani Haq Haqqani Hashemi Hekmatyar Hajizadeh
Jinnah Karoubi Karzai Khamenei Khatami Khomeini Koofi Larijani Mehsud Moussavi Mujahid Musharraf Muttaqi
Pahlavi Pezeshkian Qaani Qalibaf Qureshi Rafsandjani Raisi Raïssi Rehman Rohani Rouhani Salami Seraj
Shaheen Soleimani Yousafzai Zardari Zarif
Abdullah-Gül Ahmet-Davutoğlu Akşener Akıncı Babacan Bahçeli Bayık Bozdağ Buldan Çelik Demirtaş Denktaş
Dündar Erdoğan Erhürman Gülen Güler Hatimoğulları Hozat Kalın Karamollaoğlu Karayılan Kavala Kurtulmuş
Kılıçdaroğlu Öcalan Pamuk Şafak Şimşek Soylu Tatar Yerlikaya Yılmaz Fidan
Abad Abdo Abinader Alckmin Allende Áñez Arce Arévalo Arias Bachelet Barbecue Benítez Boluarte Boric Bukele
Bullrich Cabello Calderón Capriles Cartes Castillo Castro Chan Chapo Chaves Chávez Che Chérizier Chinchilla
Conille Correa Cortizo Díaz-Canel Duque Ebrard Fils-Aimé Flores Fox Fujimori Gálvez García Giammattei
González Guaidó Guzmán Haddad Hernández Holness Humala Kast Kicillof Kuczynski Lacalle Lasso López Lula
Machado Macri Maduro Márquez Martelly Massa Matthei Mencho Milei Morales Moreno Moro Mottley Mujica Mulino
Murillo Nieto Noboa Obrador Orsi Ortega Oseguera Padrino Paz Peña Pepe Persad-Bissessar Piñera Pou Préval
Rodríguez Rowley Santokhi Santos Sheinbaum Uribe Urrutia Vázquez Zambada
Aliyev Berdimuhamedow Kadyrov Tchetchen Zelensky Kurti Mattarella Mitsotakis Orban Sinn Vučić Sandu
Lennon Jd Mélenchon Mehdi-Pierre Olivier-Pierre Kishida Ardern
""".split())

if __name__ == "__main__":
    main()
