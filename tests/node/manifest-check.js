// Checks a Teams app package (zip) offline, for tests/Assistant.Tests/Manifest: the manifest against the official
// JSON schema bundled in @microsoft/app-manifest (read from the package's own folder, never downloaded), every
// localization file against the bundled localization schema, the icons decoded pixel by pixel (192x192 colour,
// 32x32 white-on-transparent outline), one bot in personal/team/groupChat scope, and no placeholder left.
// usage: node manifest-check.js PACKAGE.zip [--domain HOST] [--bot-id GUID]
// Prints one line per problem and a last line "N problems"; exit code 1 when there are any.
'use strict';
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04'), addFormats = require('ajv-formats');

// The bundled localization schema has patterns that are invalid with the 'u' flag ajv uses by default
// (a bare ']' in "activities.activityTypes"), so AppManifestUtils cannot compile it: compile it here without it.
function validateLocalization(value, schema) {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  return validate(value) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}. Details: ${JSON.stringify(e.params)}`);
}

function unzip(file) {
  const b = fs.readFileSync(file), out = {};
  const eocd = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const n = b.readUInt16LE(eocd + 10);
  let off = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < n; i++) {
    const method = b.readUInt16LE(off + 10), csize = b.readUInt32LE(off + 20), nlen = b.readUInt16LE(off + 28),
      xlen = b.readUInt16LE(off + 30), clen = b.readUInt16LE(off + 32), local = b.readUInt32LE(off + 42);
    const name = b.subarray(off + 46, off + 46 + nlen).toString();
    const lnlen = b.readUInt16LE(local + 26), lxlen = b.readUInt16LE(local + 28);
    const data = b.subarray(local + 30 + lnlen + lxlen, local + 30 + lnlen + lxlen + csize);
    out[name] = method === 0 ? data : zlib.inflateRawSync(data);
    off += 46 + nlen + xlen + clen;
  }
  return out;
}

// Decodes an 8-bit PNG (any filter, no interlace) to RGBA pixels.
function decodePng(buf) {
  if (!buf || buf.readUInt32BE(0) !== 0x89504e47) return null;
  let off = 8, w = 0, h = 0, depth = 0, type = 0, interlace = 0;
  const idat = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off), kind = buf.toString('ascii', off + 4, off + 8), data = buf.subarray(off + 8, off + 8 + len);
    if (kind === 'IHDR') { w = data.readUInt32BE(0); h = data.readUInt32BE(4); depth = data[8]; type = data[9]; interlace = data[12]; }
    if (kind === 'IDAT') idat.push(data);
    off += 12 + len;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[type];
  if (depth !== 8 || !channels || interlace) return { w, h, type, rgba: null };
  const raw = zlib.inflateSync(Buffer.concat(idat)), stride = w * channels, px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y++) {
    const filter = raw[y * (stride + 1)], line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? px[y * stride + x - channels] : 0, b = y > 0 ? px[(y - 1) * stride + x] : 0,
        c = x >= channels && y > 0 ? px[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      px[y * stride + x] = v & 0xff;
    }
  }
  const rgba = Buffer.alloc(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    const s = px.subarray(i * channels, (i + 1) * channels);
    const [r, g, bl] = channels >= 3 ? [s[0], s[1], s[2]] : [s[0], s[0], s[0]];
    rgba.set([r, g, bl, channels === 4 ? s[3] : channels === 2 ? s[1] : 255], i * 4);
  }
  return { w, h, type, rgba };
}

function schemaFile(version, name) {
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = path.join(root, 'build', 'json-schemas', 'teams', 'v' + version, name);
  if (!fs.existsSync(file)) throw new Error(`no bundled schema ${name} for manifest version ${version}`);
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

(async () => {
  const problems = [];
  const files = unzip(process.argv[2]);
  for (const name of Object.keys(files)) if (name.includes('/')) problems.push(`${name}: files must be at the root of the package`);
  const json = {};
  for (const name of Object.keys(files).filter(n => n.endsWith('.json'))) {
    try { json[name] = JSON.parse(files[name].toString('utf8').replace(/^\uFEFF/, '')); }
    catch (e) { problems.push(`${name}: not JSON (${e.message})`); }
  }
  const manifest = json['manifest.json'];
  if (!manifest) { console.log('no manifest.json at the root of the package\n1 problems'); process.exit(1); }

  const version = manifest.manifestVersion;
  const [major, minor] = String(version).split('.').map(Number);
  if (!(major > 1 || (major === 1 && minor >= 24))) problems.push(`manifestVersion ${version} is older than 1.24`);
  if (manifest.$schema !== `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`) problems.push(`$schema does not match manifestVersion ${version}`);
  for (const e of await AppManifestUtils.validateAgainstSchema(manifest, schemaFile(version, 'MicrosoftTeams.schema.json'))) problems.push('manifest.json schema: ' + e);

  const info = manifest.localizationInfo || {};
  const languageFiles = [info.defaultLanguageFile, ...(info.additionalLanguages || []).map(l => l.file)].filter(Boolean);
  if (!languageFiles.length) problems.push('no localization files');
  const localizationSchema = schemaFile(version, 'MicrosoftTeams.Localization.schema.json');
  const keySets = [];
  for (const name of languageFiles) {
    if (!json[name]) { problems.push(`${name}: named in localizationInfo but not in the package`); continue; }
    for (const e of validateLocalization(json[name], localizationSchema)) problems.push(`${name} schema: ` + e);
    keySets.push([name, Object.keys(json[name]).filter(k => k !== '$schema').sort().join('\n')]);
  }
  for (const [name, keys] of keySets.slice(1)) if (keys !== keySets[0][1]) problems.push(`${name} does not translate the same strings as ${keySets[0][0]}`);

  const icons = manifest.icons || {};
  const color = decodePng(files[icons.color]), outline = decodePng(files[icons.outline]);
  if (!color || color.w !== 192 || color.h !== 192) problems.push(`color icon ${icons.color} must be a 192x192 PNG`);
  else if (!color.rgba) problems.push('color icon: unsupported PNG encoding');
  else {
    const colours = new Set();
    for (let i = 0; i < color.rgba.length; i += 4) colours.add(color.rgba.readUInt32BE(i));
    if (colours.size < 3) problems.push('color icon has no picture (fewer than 3 colours)');
  }
  if (!outline || outline.w !== 32 || outline.h !== 32) problems.push(`outline icon ${icons.outline} must be a 32x32 PNG`);
  else if (outline.type !== 6 && outline.type !== 4) problems.push('outline icon must have transparency');
  else if (!outline.rgba) problems.push('outline icon: unsupported PNG encoding');
  else {
    let visible = 0, transparent = 0, coloured = 0;
    for (let i = 0; i < outline.rgba.length; i += 4) {
      const [r, g, b, a] = outline.rgba.subarray(i, i + 4);
      if (a === 0) transparent++; else { visible++; if (r !== 255 || g !== 255 || b !== 255) coloured++; }
    }
    if (coloured) problems.push(`outline icon must be white on transparent: ${coloured} visible pixels are not white`);
    if (visible < 32 || transparent < 256) problems.push(`outline icon must be an outline: ${visible} visible, ${transparent} transparent pixels`);
  }

  const bots = manifest.bots || [];
  if (bots.length !== 1) problems.push('expected one bot');
  else {
    const bot = bots[0], scopes = bot.scopes || [];
    for (const scope of ['personal', 'team', 'groupChat']) if (!scopes.includes(scope)) problems.push(`bot must be installable in ${scope} scope`);
    if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(bot.botId || '')) problems.push('botId is not filled in');
    const expectedBot = option('--bot-id');
    if (expectedBot && bot.botId !== expectedBot) problems.push(`botId is ${bot.botId}, expected ${expectedBot}`);
    if ((manifest.webApplicationInfo || {}).id !== bot.botId) problems.push('webApplicationInfo.id must be the bot id');
    if (!(bot.commandLists || []).length) problems.push('no commandLists');
    for (const list of bot.commandLists || []) for (const c of list.commands || []) if (c.title.length > 32) problems.push(`command title longer than 32 characters: ${c.title}`);
  }
  if (manifest.id === (bots[0] || {}).botId) problems.push('manifest id should not be the bot id');
  const domain = option('--domain');
  if (domain && !(manifest.validDomains || []).includes(domain)) problems.push(`validDomains lacks ${domain}`);
  for (const [name, value] of Object.entries(json)) if (/\{\{|\}\}|\$\{|<.*>/.test(JSON.stringify(value))) problems.push(`${name}: placeholders left unfilled`);

  problems.forEach(x => console.log('- ' + x));
  console.log(`manifest ${version}, ${Object.keys(files).length} files: ${problems.length} problems`);
  process.exit(problems.length ? 1 : 0);
})().catch(e => { console.log('- ' + (e.stack || e)); console.log('1 problems'); process.exit(1); });
