/* Notes readable in place: hovering or focusing a note call shows the note beside it.
   Without script the calls stay plain links to the endnotes, and the endnotes link back. */
(function () {
  "use strict";
  var pop = document.createElement("div");
  pop.className = "fn-pop";
  pop.hidden = true;
  pop.setAttribute("aria-hidden", "true"); /* the call's aria-describedby already reads the note */
  document.body.appendChild(pop);

  function show(call) {
    var note = document.getElementById(call.hash.slice(1));
    if (!note) return;
    var copy = note.cloneNode(true);
    var back = copy.querySelector(".fn-back");
    if (back) back.remove();
    copy.querySelectorAll("a").forEach(function (a) { a.tabIndex = -1; });
    var number = document.createElement("span");
    number.className = "fn-pop-number";
    number.textContent = call.textContent.replace(/\D/g, "") + ". ";
    pop.replaceChildren(number);
    while (copy.firstChild) pop.appendChild(copy.firstChild);
    pop.hidden = false;
    var box = call.getBoundingClientRect();
    var width = pop.offsetWidth;
    var page = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left + box.width / 2 - width / 2, page - width - 8));
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (box.bottom + window.scrollY + 6) + "px";
  }

  function hide() { pop.hidden = true; }

  document.querySelectorAll("a.fn-call").forEach(function (call) {
    call.addEventListener("mouseenter", function () { show(call); });
    call.addEventListener("focus", function () { show(call); });
    call.addEventListener("mouseleave", function () { if (document.activeElement !== call) hide(); });
    call.addEventListener("blur", hide);
    call.addEventListener("click", hide);
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
})();
