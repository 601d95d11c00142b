/**
 * Reading text out of someone else's DOM, safely: only `Text` nodes and emoji `<img alt>` are read (never
 * `innerHTML`), so markup-like names such as `<b>Acme</b>` come back as the literal characters.
 *
 * Two shapes, on purpose:
 * - `readText` is for *display*: whitespace collapsed, but bidi marks (RLM, LRM, isolates) and emoji are kept
 *   verbatim, because they are part of how the customer wrote their name and we echo it back into replies.
 * - `textKey` is for *keys and comparisons*: bidi controls removed, NFC, lower-cased. The same name typed with
 *   or without an invisible RLM yields the same key.
 */

/** Bidi formatting characters: ALM, LRM, RLM, embeddings/overrides (U+202A–E) and isolates (U+2066–9). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Collapse runs of whitespace (including NBSP and line breaks) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A stable comparison key for names and handles. */
export function textKey(text: string): string {
  return normalizeSpace(stripBidi(text).normalize('NFC')).toLowerCase();
}

/**
 * The visible text of a node for display. Facebook and X draw emoji as `<img alt="😀">`, so an `alt` made of
 * no letters or digits is read too; `<script>`/`<style>`/`<template>`/`<svg>` are skipped; block elements
 * (paragraphs) are separated by a space.
 */
export function readText(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  collect(node, parts);
  return normalizeSpace(parts.join(''));
}

/** Never text: scripts and styles, and SVG (a verified badge's `<title>Verified account</title>` is no name). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG']);
const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'TR',
]);

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1 /* ELEMENT_NODE */ && node.nodeType !== 9 && node.nodeType !== 11) return;
  if (node.nodeType === 1) {
    const element = node as Element;
    if (SKIPPED.has(element.tagName.toUpperCase())) return;
    if (element.tagName === 'IMG') {
      // Emoji images carry the emoji as alt; avatars carry a description ("acme's profile picture"): skip those.
      const alt = element.getAttribute('alt') ?? '';
      if (!/[\p{L}\p{N}]/u.test(alt)) parts.push(alt);
      return;
    }
    if (element.tagName === 'BR') {
      parts.push('\n');
      return;
    }
  }
  // Paragraphs are separate blocks: "Hi</div><div>Thanks" reads "Hi Thanks", not "HiThanks".
  const block = node.nodeType === 1 && BLOCKS.has((node as Element).tagName);
  if (block) parts.push('\n');
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, parts);
  if (block) parts.push('\n');
}
