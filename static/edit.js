// Editors' progressive enhancement: every form works without this file.
// - the actor field suggests registry actors as you type (GET /api/actors?q=…);
// - selecting words in the passage sets the correction's span (start/end);
// - on /review, keys: j/k next/previous, a accept, r reject, e edit, Escape closes.
(() => {
  "use strict";

  // Actor search as you type: fills the field's <datalist> with slugs labelled by name.
  document.querySelectorAll("input[data-actor-search]").forEach((input) => {
    const list = document.getElementById(input.getAttribute("list"));
    if (!list) return;
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2 || q === asked) return;
      timer = setTimeout(async () => {
        asked = q;
        try {
          const url = `${input.dataset.actorSearch}?${new URLSearchParams({ q, limit: "8" })}`;
          const response = await fetch(url, { headers: { Accept: "application/json" } });
          if (!response.ok) return;
          const { items } = await response.json();
          list.replaceChildren(
            ...items.map((actor) => {
              const option = document.createElement("option");
              option.value = actor.slug;
              option.label = actor.country ? `${actor.name} (${actor.country})` : actor.name;
              option.textContent = option.label;
              return option;
            }),
          );
        } catch (_) {
          // Offline or refused: the field still takes a slug or a name, looked up on submit.
        }
      }, 150);
    });
  });

  // Choosing the span by selecting words in the passage.
  const source = document.querySelector("[data-span-source]");
  const startField = document.getElementById("f-start");
  const endField = document.getElementById("f-end");
  if (source && startField && endField) {
    const offset = Number(source.dataset.offset || 0);
    const note = document.createElement("p");
    note.className = "note span-note";
    note.setAttribute("aria-live", "polite");
    source.after(note);
    const pick = () => {
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!source.contains(range.startContainer) || !source.contains(range.endContainer)) return;
      const before = document.createRange();
      before.selectNodeContents(source);
      before.setEnd(range.startContainer, range.startOffset);
      const chosen = range.toString();
      let start = before.toString().length;
      let end = start + chosen.length;
      start += chosen.length - chosen.trimStart().length; // no spaces at either end
      end -= chosen.length - chosen.trimEnd().length;
      if (end <= start) return;
      startField.value = String(offset + start);
      endField.value = String(offset + end);
      const box = document.getElementById("correct");
      if (box && !box.open) box.open = true;
      note.textContent = `Span set to characters ${offset + start}–${offset + end}: save the correction to keep it.`;
    };
    source.addEventListener("mouseup", pick);
    source.addEventListener("keyup", pick);
    source.addEventListener("touchend", () => setTimeout(pick, 0));
  }

  // The review queue by keyboard.
  const queue = document.querySelector("[data-review-queue]");
  if (queue) {
    const cards = () => Array.from(queue.querySelectorAll("article.card"));
    let current = 0;
    const show = (index) => {
      const all = cards();
      if (all.length === 0) return;
      current = Math.max(0, Math.min(index, all.length - 1));
      all.forEach((card, i) => card.classList.toggle("current", i === current));
      const card = all[current];
      card.tabIndex = -1;
      card.focus({ preventScroll: true });
      card.scrollIntoView({ block: "nearest" });
    };
    const typing = (target) =>
      target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    document.addEventListener("keydown", (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const card = cards()[current];
      if (event.key === "Escape") {
        card?.querySelector("details.reject[open]")?.removeAttribute("open");
        card?.focus({ preventScroll: true });
        return;
      }
      if (typing(event.target) || !card) return;
      const actions = {
        j: () => show(current + 1),
        k: () => show(current - 1),
        a: () => card.querySelector("form.accept")?.requestSubmit(),
        e: () => card.querySelector("a.edit")?.click(),
        r: () => {
          const reject = card.querySelector("details.reject");
          if (!reject) return;
          reject.open = true;
          reject.querySelector("input[name=reason]")?.focus();
        },
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    });
    show(0);
  }
})();
