import * as cheerio from 'cheerio';
import fs from 'node:fs';
for (const f of fs.readdirSync('/tmp/rp').filter(f=>f.endsWith('.html'))) {
  const $ = cheerio.load(fs.readFileSync('/tmp/rp/'+f,'utf8'));
  $('script:not([type="application/ld+json"]), style, link[rel=stylesheet], link[rel=preload], link[rel=modulepreload], noscript').remove();
  $('path, circle, rect, line, polyline, polygon, ellipse, g:empty, defs').remove();
  $('*').each((_, el) => { for (const a of ['class','style','nonce','srcset']) $(el).removeAttr(a); });
  fs.writeFileSync('/tmp/rp/clean/'+f, $.html());
  console.log(f, $.html().length);
}
