/// A whole HTML page: doctype, head with the inline stylesheet, and the body's sections.
struct HTMLDocument {
    /// The page title, plain text.
    var title: String
    /// The sections of `<main>`, each already markup.
    var sections: [String] = []

    /// Appends a section; empty ones are left out.
    mutating func append(_ section: String) {
        if !section.isEmpty { sections.append(section) }
    }

    /// The page.
    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(HTML.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        \(sections.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }
}
