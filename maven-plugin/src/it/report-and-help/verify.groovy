def runs = new File(basedir, 'build.log').text.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('Scanning for projects') }
assert runs.size() == 3 : runs.size()

// 1: help lists the goals' parameters, those named as in the Checkstyle and PMD plugins too
def help = runs[0]
assert help.contains('dialectic:check')
assert help.contains('failOnViolation') && help.contains('maxAllowedViolations') && help.contains('formats')
assert help.contains('BUILD SUCCESS')

// 2: the report goal writes the page under target/site
def page = new File(basedir, 'target/site/dialectic.html')
assert runs[1].contains("Dialectic: report ${page.canonicalPath}")

// 3: the site lists the page under Project Reports, and the page is the matrix
assert runs[2].contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.text.contains('href="dialectic.html"')
def html = page.text
['V1__instances.sql', 'V2__devices.sql', 'V3__clean.sql'].each { assert html.contains(it) : it }
assert html.contains('db2:12.1') && html.contains('postgresql:18')
assert html.contains('nullable-unique-key')
assert html.contains('<pre class="excerpt">   2 | ALTER TABLE instances ADD CONSTRAINT uq_uuid UNIQUE (uuid);')
assert !html.contains(basedir.canonicalPath) : 'paths in the page should be relative to the project'
return true
