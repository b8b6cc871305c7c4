"""The web app: saved analyses browsed and searched, new stories analysed, in a browser (`newsprism serve`)."""
