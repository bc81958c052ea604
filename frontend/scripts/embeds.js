// Click-to-load embeds: the placeholder's button swaps in the other site's player. Nothing is
// loaded from that site before the click. Without JavaScript the placeholder's link still works.
document.addEventListener("DOMContentLoaded", () => {
  const accepted = document.documentElement.dataset.consent === "accepted";
  for (const figure of document.querySelectorAll("figure.embed[data-frame]")) {
    const button = figure.querySelector(".embed-load");
    if (!button) {
      continue;
    }
    if (accepted) {
      figure.classList.add("embed-consented");
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      const frame = document.createElement("iframe");
      frame.src = figure.dataset.frame;
      frame.title = figure.dataset.title || "Embedded content";
      frame.allow = "fullscreen; picture-in-picture; encrypted-media";
      frame.setAttribute("allowfullscreen", "");
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      const placeholder = figure.querySelector(".embed-placeholder");
      placeholder.replaceWith(frame);
      frame.focus();
    });
  }
});
