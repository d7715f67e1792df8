// Progressive enhancement of the server-rendered back-office pages. Everything works without this file except the
// rich-text toolbar and lazy tree loading; keyboard first.
import { initTree } from './tree.js';
import { initRichText } from './richtext.js';
import { initTabs } from './tabs.js';
import { initConfirm } from './confirm.js';
import { initFocalPoint, initUpload, initCropEditors } from './media.js';
import { initBlocks } from './blocks.js';
import { initPickers } from './pickers.js';
import { initSort } from './sort.js';

function start() {
  initConfirm(document);
  initTabs(document);
  initTree(document);
  initRichText(document);
  initBlocks(document);
  initPickers(document);
  initSort(document);
  initFocalPoint(document);
  initUpload(document);
  initCropEditors(document);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
