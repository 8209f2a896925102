fn main() {
    ruta::start();
}
