package io.github.sponsorsdk.sms.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every sponsor-side interface of the port package (today and whatever is added later) is implemented by
 * {@link HttpSms}, and every abstract operation of it is HttpSms's own (declared there, sent over HTTP), so the
 * server form cannot fall behind the port silently.
 */
class HttpSmsCoversThePortTest {

  @Test
  void everyPortInterfaceAndOperationIsImplementedOverHttp() throws Exception {
    List<Class<?>> ports = new ClassFileImporter().importPackages("io.github.sponsorsdk.sms.core.port").stream()
        .filter(JavaClass::isInterface).filter(c -> c.getModifiers().contains(
            com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
        .map(JavaClass::reflect).collect(Collectors.toList());
    assertThat(ports).isNotEmpty();
    Set<String> missing = new TreeSet<>();
    for (Class<?> port : ports) {
      if (!port.isAssignableFrom(HttpSms.class)) {
        missing.add(port.getSimpleName() + " (interface)");
        continue;
      }
      for (Method m : port.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers())) {
          Method own = HttpSms.class.getMethod(m.getName(), m.getParameterTypes());
          if (own.getDeclaringClass() != HttpSms.class) {
            missing.add(port.getSimpleName() + "." + m.getName());
          }
        }
      }
    }
    assertThat(missing).as("port operations HttpSms does not send over HTTP").isEmpty();
  }
}
