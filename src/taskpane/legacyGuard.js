/*
 * Old webviews. With a <Runtimes> element in the manifest, Windows machines without WebView2
 * run the add-in in Internet Explorer 11 or Edge Legacy, which cannot parse the add-in's
 * ES2020 bundles: the pane would never come alive and the functions would not load. This
 * script is written in ES3/ES5, so every browser runs it; it is inlined into taskpane.html
 * after es2020Probe.js (which sets window.__woningbouwEs2020 = 1 where ES2020 parses) and before
 * the bundles, and says what is wrong when the engine cannot parse ES2020. No eval: the pages'
 * Content-Security-Policy refuses it (scripts/csp.js).
 * test/taskpane/legacyGuard.test.ts proves both the ES5 syntax and the message.
 */
(function () {
  if (window.__woningbouwEs2020 === 1) return;
  window.__woningbouwLegacyWebview = true;
  // the pre-rendered controls will not come alive here: grey them out (taskpane.html's style)
  document.documentElement.className += " woningbouw-stopped";
  var el = document.getElementById("boot-status");
  if (!el) return;
  el.className = "error";
  el.setAttribute("role", "alert");
  el.innerText =
    "Deze Excel toont invoegtoepassingen met een verouderd browseronderdeel (Internet Explorer 11 of Edge Legacy). " +
    "Daarin werken dit deelvenster en de functies WONINGBOUW.* niet. Installeer Microsoft Edge WebView2 " +
    "(of vraag uw IT-afdeling erom) en start Excel opnieuw, of gebruik Excel op het web. · " +
    "This Excel shows add-ins in an outdated browser component (Internet Explorer 11 or Edge Legacy), " +
    "in which this pane and the WONINGBOUW.* functions do not work. Install Microsoft Edge WebView2 " +
    "(or ask your IT department) and restart Excel, or use Excel on the web.";
})();
