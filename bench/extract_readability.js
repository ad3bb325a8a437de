// extract_readability.js: Readability.js (with jsdom) on one page, for bench/extract.sh.
// Usage: node extract_readability.js FILE   prints the article's text.
"use strict";
const fs = require("fs");
const { JSDOM } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const html = fs.readFileSync(process.argv[2], "utf8");
const dom = new JSDOM(html, { url: "http://fakehost/test/page.html" });
const article = new Readability(dom.window.document).parse();
if (!article) {
	process.stderr.write("no article\n");
	process.exit(1);
}
process.stdout.write(article.textContent + "\n");
