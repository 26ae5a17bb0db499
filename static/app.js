// Progressive enhancement only: every page works without this file.

// The filter disclosure is open beside the results on wide screens (CSS does it where the
// browser supports ::details-content; this covers the others).
const filters = document.querySelector("details.filters");
if (filters && window.matchMedia("(min-width: 801px)").matches) filters.open = true;

// Shows a search box above long <select multiple> lists that narrows their options as you type.
document.querySelectorAll("input.narrow[data-for]").forEach((box) => {
  const select = document.getElementById(box.dataset.for);
  if (!select) return;
  box.hidden = false;
  box.addEventListener("input", () => {
    const needle = box.value.trim().toLowerCase();
    for (const option of select.options) {
      option.hidden = needle !== "" && !option.selected && !option.text.toLowerCase().includes(needle);
    }
  });
});
