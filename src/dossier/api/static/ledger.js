// The verify button runs the check through the API and shows the answer in place.
"use strict";
(function () {
  const form = document.getElementById("verify-form");
  const result = document.getElementById("verify-result");
  if (!form) return;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button");
    button.disabled = true;
    result.textContent = "Verifying every original and the whole chain…";
    try {
      const report = await window.dossier.postJSON("/api/verify");
      result.replaceChildren();
      const label = document.createElement("span");
      label.className = report.ok ? "ok" : "error";
      label.textContent = report.ok ? "Intact" : "Tampered";
      const detail = report.ok
        ? `: ${report.blobs_checked} originals and ${report.ledger_entries} entries verified at ${report.checked_at}.`
        : `: ${report.problems.join("; ")}`;
      result.append(label, document.createTextNode(detail));
    } catch (error) {
      result.textContent = `Could not verify: ${error.message}`;
    } finally {
      button.disabled = false;
    }
  });
})();
