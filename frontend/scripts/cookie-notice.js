// Answers the cookie notice without reloading the page. Without JavaScript the same form posts
// and the server redirects back.
document.addEventListener("DOMContentLoaded", () => {
  const notice = document.querySelector(".cookie-notice");
  const form = notice && notice.querySelector("form");
  if (!form) {
    return;
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) {
      body.set(event.submitter.name, event.submitter.value);
    }
    try {
      const response = await fetch(form.action, {
        method: "POST",
        headers: { Accept: "application/json" },
        body,
        credentials: "same-origin",
      });
      if (response.ok) {
        notice.remove();
        return;
      }
    } catch (e) {
      // fall back to the plain form post below
    }
    if (event.submitter && event.submitter.name) {
      const chosen = document.createElement("input");
      chosen.type = "hidden";
      chosen.name = event.submitter.name;
      chosen.value = event.submitter.value;
      form.append(chosen);
    }
    form.submit();
  });
});
