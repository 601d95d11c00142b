import * as cheerio from 'cheerio';
import fs from 'node:fs';
const $ = cheerio.load(fs.readFileSync(process.argv[2],'utf8'));
function walk(el, depth) {
  for (const c of el.children || []) {
    if (c.type === 'text') { const t = c.data.trim(); if (t) console.log(' '.repeat(depth)+JSON.stringify(t.slice(0,80))); continue; }
    if (c.type !== 'tag' && c.type!=='script') continue;
    const attrs = Object.entries(c.attribs||{}).filter(([k])=>!['src','content'].includes(k)||true).map(([k,v])=>`${k}="${String(v).slice(0,70)}"`).join(' ');
    // collapse single-child div chains
    console.log(' '.repeat(depth)+'<'+c.name+(attrs?' '+attrs:'')+'>');
    walk(c, depth+1);
  }
}
walk($(process.argv[3]||'body')[0], 0);
