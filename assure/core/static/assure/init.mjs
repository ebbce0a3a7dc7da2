import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// A table wider than the screen scrolls inside itself; keyboard users need to be able to focus it to scroll it.
function focusableWhenScrolling() {
  for (const table of document.querySelectorAll(".govuk-table")) {
    if (table.scrollWidth > table.clientWidth) table.setAttribute("tabindex", "0");
    else if (table.getAttribute("tabindex") === "0") table.removeAttribute("tabindex");
  }
}
focusableWhenScrolling();
window.addEventListener("resize", focusableWhenScrolling);
