# Sourced by Broadsheet's scripts: points JAVA_HOME at a JDK 21 or newer.
# Keeps a JAVA_HOME that is new enough; otherwise looks in the usual install places.

java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*21* \
                   /usr/lib/jvm/* /opt/java/openjdk /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "Broadsheet needs a JDK 21 or newer (found none). Install one and set JAVA_HOME to it." >&2
  return 1
}

select_jdk
