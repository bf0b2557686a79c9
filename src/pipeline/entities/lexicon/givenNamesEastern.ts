import type { GivenNames } from './givenNames.js';

// Given names of Central and Eastern Europe, the Balkans, the Caucasus and Greece, by tradition; see firstNames.ts for how they are used and what
// is left out. A name listed under an earlier tradition is not repeated in a later one.

/** Polish. */
const POLISH: GivenNames = {
  male: `
  Andrzej Bartłomiej Bartosz Bogusław Czesław Dariusz Grzegorz Jacek Jakub Janusz Jarosław Jaroslaw Jerzy
  Jozef Józef Kamil Kazimierz Krzysztof Leszek Lukasz Maciej Marcin Marek Mariusz Mateusz Michał Mirosław
  Paweł Pawel Piotr Przemysław Radosław Radoslaw Rafał Rafal Ryszard Sławomir Stanisław Stanislaw Szymon
  Tadeusz Tomasz Łukasz Władysław Wiesław Witold Wojciech Zbigniew Zdzisław
  `,
  female: `
  Agnieszka Aleksandra Alicja Beata Bożena Danuta Dorota Edyta Elzbieta Elżbieta Ewa Grażyna Halina Hanna
  Irena Iwona Jadwiga Jolanta Justyna Kamila Katarzyna Krystyna Małgorzata Malgorzata Marzena Monika
  Sylwia Urszula Weronika Zofia
  `,
  unisex: '',
};

/** Czech, Slovak and Hungarian. */
const CZECH_SLOVAK_HUNGARIAN: GivenNames = {
  male: `
  Andras András Attila Balazs Balázs Csaba Ferenc Gabor Gábor Gergely Istvan István Janos János Jaroslav
  Jiri Jiří Karel Laszlo László Lukáš Miklós Mikuláš Milos Miloš Miroslav Ondrej Ondřej Péter Petr Radek
  Sandor Sándor Tamas Tamás Tomáš Vaclav Václav Vladimír Vojtěch Zdenek Zdeněk Zoltan Zoltán Zsolt
  `,
  female: `
  Ágnes Alena Blanka Erzsébet Éva Hana Ildikó Jitka Judit Katalin Kateřina Krisztina Lenka Marketa Markéta
  Radka Šárka Věra Zsuzsanna Zuzana
  `,
  unisex: '',
};

/** Russian, Ukrainian and Belarusian, in the usual English spellings. */
const EAST_SLAVIC: GivenNames = {
  male: `
  Aleksandr Aleksei Alexei Alexey Anatoli Anatoliy Anatoly Andrey Andrii Andriy Arkady Arseniy Arseny
  Artem Artyom Bohdan Boris Daniil Danila Denis Denys Dmitri Dmitriy Dmitry Dmytro Eduard Evgeny Fedor
  Fyodor Gennadiy Gennady Georgy Gleb Grigory Igor Ihor Ilya Ivan Kirill Kolya Kostya Kyrylo Leonid Lev
  Lyosha Maksim Maksym Matvei Maxim Mikhail Misha Mykhailo Mykola Nikolai Nikolay Oleg Oleksandr Oleksii
  Oleksiy Ostap Pasha Pavel Pavlo Petro Platon Pyotr Rodion Roman Rostislav Ruslan Savva Semyon Sergei
  Sergey Serhii Serhiy Stanislav Stepan Svyatoslav Taras Timofei Timur Vadim Vadym Valeriy Valery Vanya
  Vasily Vasyl Viktor Vitali Vitaliy Vitaly Vladimir Vladislav Volodya Volodymyr Vsevolod Vyacheslav Yakov
  Yaroslav Yefim Yegor Yevgeny Yevhen Yuri Yuriy Zakhar
  `,
  female: `
  Alla Alyona Anastasiya Anzhela Arina Daria Darya Dasha Ekaterina Evgenia Evgeniya Faina Galina Halyna
  Inessa Inna Irina Iryna Kateryna Katya Khrystyna Kira Ksenia Kseniya Lidiya Lilya Liudmyla Ludmila
  Lyubov Lyudmila Marina Mariya Maryna Masha Milana Nadezhda Nastya Nataliya Natalya Oksana Olena Olga
  Olha Polina Raisa Rimma Ruslana Sveta Svetlana Taisiya Tatyana Tetiana Ulyana Varvara Vasilisa Viktoria
  Viktoriya Yana Yekaterina Yelena Yevgenia Yulia Yuliya Zhanna Zinaida Zlata Zoya
  `,
  unisex: `
  Nikita Sasha
  `,
};

/** Serbian, Croatian, Bosnian, Slovenian, Albanian, Bulgarian and Macedonian. */
const BALKAN: GivenNames = {
  male: `
  Aleksandar Boyko Branko Dejan Dimitar Dragan Dusan Dušan Edi Georgi Goran Hristo Hrvoje Ivaylo Ivica
  Kiril Krasimir Luka Marko Milorad Nenad Nikola Plamen Predrag Rumen Slobodan Stjepan Stoyan Todor
  Tomislav Vojislav Zeljko Željko Zlatko Zoran
  `,
  female: `
  Biljana Desislava Dragana Gordana Ivana Ivanka Jelena Jovana Kolinda Ljiljana Maja Marija Melania Milica
  Mirjana Snežana Tijana Vesna
  `,
  unisex: '',
};

/** Baltic, Armenian, Georgian and Azerbaijani. */
const BALTIC_CAUCASUS: GivenNames = {
  male: `
  Aivars Andrius Aram Armen Arvydas Ashot Bidzina Davit Egils Elchin Giorgi Gitanas Hayk Heydar Irakli
  Juris Krišjānis Levan Levon Mikheil Nikol Raimonds Rauf Serzh Tigran Toomas Valdis Vardan Vugar Zurab
  Zviad
  `,
  female: `
  Anahit Gayane Ingrida Kaja Kersti Ketevan Lusine Mehriban Tinatin
  `,
  unisex: '',
};

/** Greek and Cypriot. */
const GREEK: GivenNames = {
  male: `
  Alexandros Antonis Apostolos Athanasios Christos Dimitrios Dimitris Evangelos Georgios Giannis Giorgos
  Ilias Ioannis Konstantinos Kostas Kyriakos Manolis Michalis Nikolaos Nikos Panagiotis Pavlos Petros
  Sotiris Spyros Stavros Stefanos Stelios Takis Thanasis Theodoros Vasilis Vassilis Yannis
  `,
  female: `
  Aikaterini Angeliki Athena Chrysoula Despina Dimitra Eleni Evangelia Fotini Ioanna Irini Katerina
  Konstantina Melina Panagiota Paraskevi Stavroula Theodora Vasiliki Xanthe
  `,
  unisex: '',
};

export const EASTERN_NAMES: readonly GivenNames[] = [POLISH, CZECH_SLOVAK_HUNGARIAN, EAST_SLAVIC, BALKAN, BALTIC_CAUCASUS, GREEK];
