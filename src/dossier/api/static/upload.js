// Upload with progress: the bytes go up with XMLHttpRequest (it reports upload progress),
// then the ingest job is polled until it is done or failed. Without JavaScript the form
// posts to /upload and the server shows the status page.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  const status = document.getElementById("upload-status");
  const bar = document.getElementById("upload-progress");
  const message = document.getElementById("upload-message");
  const list = document.getElementById("upload-documents");
  if (!form) return;

  function say(text) { message.textContent = text; }

  function showDocuments(ids) {
    list.replaceChildren();
    for (const id of ids) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = `/documents/${encodeURIComponent(id)}`;
      link.textContent = `Document ${id}`;
      item.append(link);
      list.append(item);
    }
  }

  function poll(job) {
    fetch(`/api/uploads/${encodeURIComponent(job.id)}`, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then((r) => r.json())
      .then((current) => {
        if (current.error && !current.status) { say(current.error); return; }
        if (current.status === "done") {
          bar.value = 100;
          const result = current.result || { documents: [], status: "done" };
          const verb = result.status === "already_present" ? "was already in the repository" : "is in";
          say(`${current.filename} ${verb}: ${result.documents.length} document(s).`);
          form.dataset.state = "done";
          showDocuments(result.documents);
        } else if (current.status === "failed") {
          bar.value = 100;
          say(`Failed: ${current.error || "unknown reason"}`);
          form.dataset.state = "failed";
        } else {
          say(`${current.filename}: ${current.status}…`);
          bar.value = current.status === "running" ? 75 : 55;
          window.setTimeout(() => poll(job), 400);
        }
      })
      .catch(() => window.setTimeout(() => poll(job), 1000));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const request = new XMLHttpRequest();
    status.hidden = false;
    form.dataset.state = "uploading";
    bar.value = 0;
    list.replaceChildren();
    say("Uploading…");
    request.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 50);
    });
    request.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(request.responseText); } catch (_) { body = { error: `HTTP ${request.status}` }; }
      if (request.status >= 400) {
        say(`Refused: ${body.error || request.status}`);
        form.dataset.state = "failed";
        return;
      }
      bar.value = 50;
      say(`${body.filename}: ${body.status}…`);
      poll(body);
    });
    request.addEventListener("error", () => { say("The upload did not reach the server."); form.dataset.state = "failed"; });
    request.open("POST", "/api/uploads");
    request.setRequestHeader("X-CSRF-Token", window.dossier.csrfToken());
    request.setRequestHeader("Accept", "application/json");
    request.send(data);
  });
})();
