/*
 * Old webviews. With a <Runtimes> element in the manifest, Windows machines without WebView2
 * run the add-in in Internet Explorer 11 or Edge Legacy, which cannot parse the add-in's
 * ES2020 bundles: the pane would never come alive and the functions would not load. This
 * script is written in ES3/ES5, so every browser runs it; it is inlined into taskpane.html
 * before the bundles and says what is wrong when the engine cannot parse ES2020.
 * test/taskpane/legacyGuard.test.ts proves both the ES5 syntax and the message.
 */
(function () {
  var modern = false;
  try {
    // optional chaining and ?? are the newest syntax in the bundles (they parse as ES2020)
    modern = new Function("var a = { b: 1 }; return (a?.b ?? 0) === 1;")() === true;
  } catch (e) {
    modern = false;
  }
  if (modern) return;
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
