// Progressive enhancement only: every page works without this file.

// The filter disclosure is open beside the results on wide screens (CSS does it where the
// browser supports ::details-content; this covers the others).
const filters = document.querySelector("details.filters");
if (filters && window.matchMedia("(min-width: 801px)").matches) filters.open = true;

// Name boxes of the filter form (actor, country or organisation, addressee): suggestions from
// the whole registry as you type (/api/suggest); choosing one ticks it in the list above the
// box. Without this the typed name is sent and resolved on the server.
document.querySelectorAll("input[data-suggest]").forEach((box) => {
  const list = document.getElementById(box.getAttribute("list"));
  const options = box.closest("fieldset").querySelector(".options");
  let known = new Map();
  let timer;

  const choose = (item) => {
    let input = [...options.querySelectorAll("input[type=checkbox]")].find((i) => i.value === item.value);
    if (!input) {
      const label = document.createElement("label");
      label.className = "check";
      input = document.createElement("input");
      input.type = "checkbox";
      input.name = options.dataset.name;
      input.value = item.value;
      label.append(input, " " + item.label);
      options.prepend(label);
    }
    input.checked = true;
    box.value = "";
    list.replaceChildren();
  };

  box.addEventListener("input", () => {
    const picked = known.get(box.value);
    if (picked) {
      choose(picked);
      return;
    }
    clearTimeout(timer);
    const q = box.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      const url = `/api/suggest?for=${encodeURIComponent(box.dataset.suggest)}&q=${encodeURIComponent(q)}`;
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const items = (await response.json()).items;
      known = new Map(items.map((item) => [item.label, item]));
      list.replaceChildren(
        ...items.map((item) => {
          const option = document.createElement("option");
          option.value = item.label;
          const counted = item.statements === null ? "" : ` · ${item.statements} statements`;
          option.label = `${item.kind.replace("_", " ")}${item.country ? " · " + item.country : ""}${counted}`;
          return option;
        }),
      );
    }, 150);
  });
});
