// Show the search filters before the first paint, so that they do not push the
// page around when the search script starts (layout shift). Without JavaScript
// they stay hidden; src/scripts/search.ts does everything else. Loaded as a
// classic script right after the filter panel (a file, because the
// Content-Security-Policy allows no inline scripts).
document.getElementById('search-filters').hidden = false;
