"""The web app: stored stories browsed, searched and analysed in a browser (`newsprism serve`)."""
