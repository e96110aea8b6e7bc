# Builds the Windows installer (.msi) on a Windows x64 build machine (docs/install.md).
# Needs: JDK 17+ on PATH (jdeps, jlink, jpackage), Maven 3.8+, WiX Toolset 3.x on PATH (candle.exe,
# light.exe: jpackage's .msi backend). Output: target\installer\IMRT Review-<version>.msi
#   powershell -ExecutionPolicy Bypass -File tools\installer\build-windows.ps1 [-AssociatePdf]
# -AssociatePdf registers the workstation as a PDF handler: on Windows this can make it the default
# program for every PDF, so it is left to the plan's IT to choose (without it: drop files on the window).
param([switch]$AssociatePdf)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# the os-windows-x86_64 profile packages the Windows OCR and JavaFX natives
mvn -B -q package -DskipTests
if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
$version = ([xml](Get-Content pom.xml)).project.version -replace '-.*$', ''
$out = 'target\installer'
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item target\imrt-review.jar "$out\input\"

$modules = (jdeps --ignore-missing-deps --multi-release 17 --print-module-deps target\imrt-review.jar | Select-Object -Last 1)
$modules = "$modules,java.desktop,jdk.charsets"
jlink --add-modules $modules --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

# Two launchers: the window (no console) and imrt-review-cli.exe with a console for the headless commands.
# A fixed upgrade UUID lets a newer .msi replace an older one. Settings live in the user's registry
# (HKCU\Software\JavaSoft\Prefs\imrt-review), never in the install folder.
jpackage --type msi --name 'IMRT Review' --app-version $version `
    --vendor 'IMRT Review Workstation project' `
    --description 'IMRT preauthorization review workstation for utilization-review nurses' `
    --icon tools\installer\icons\imrt-review.ico --input "$out\input" --main-jar imrt-review.jar `
    --main-class org.imrtreview.Launcher --runtime-image "$out\runtime" --dest $out `
    --java-options '-Xmx2g -Dfile.encoding=UTF-8' `
    --add-launcher 'imrt-review-cli=tools\installer\cli-launcher-windows.properties' `
    --win-menu --win-menu-group 'IMRT Review' --win-shortcut --win-dir-chooser `
    --win-upgrade-uuid '6f1f2a4e-6a53-4d0e-9a43-2f3f6c0b9e21' --license-file docs\licences.md `
    $(if ($AssociatePdf) { @('--file-associations', 'tools\installer\pdf-association.properties') })
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem $out\*.msi
# Signing (the plan's code-signing certificate): signtool sign /fd SHA256 /a /tr <timestamp-url> /td SHA256 <msi>
