/* "New since your last visit" on topic pages, with no account: the browser keeps, per topic
 * page, the newest briefing date it showed (localStorage); on the next visit, briefings dated
 * after it are marked. Nothing leaves the browser. */
(function () {
  "use strict";

  function mark() {
    var article = document.querySelector("article");
    if (!article || !article.querySelector(".topic-facts")) return;
    var times = article.querySelectorAll("li > time[datetime], li > p > time[datetime]");
    if (!times.length) return;
    var key = "briefing-last-seen:" + location.pathname.replace(/--\d+(\.html|\/)?$/, "$1");
    var seen = null;
    try { seen = window.localStorage.getItem(key); } catch (e) { return; }
    var newest = "";
    times.forEach(function (time) {
      var date = time.getAttribute("datetime");
      if (date > newest) newest = date;
      if (seen && date > seen && !time.parentNode.querySelector(".new-since")) {
        var badge = document.createElement("span");
        badge.className = "new-since";
        badge.textContent = "New since your last visit";
        time.parentNode.appendChild(badge);
      }
    });
    if (!seen || newest > seen) {
      try { window.localStorage.setItem(key, newest); } catch (e) { /* storage refused: no marks */ }
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(mark); // Material's instant navigation swaps pages without reloading
  } else {
    document.addEventListener("DOMContentLoaded", mark);
  }
})();
